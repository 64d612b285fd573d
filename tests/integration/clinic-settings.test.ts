import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { projectRoot } from '../../src/main/app-paths'
import { readPdf } from '../support/pdf-read-back'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

const appIcon = readFileSync(join(projectRoot(import.meta.url), 'resources', 'icon.png'))

describe('clinic settings', () => {
  it('start unnamed, and save the clinic details with field messages for bad ones', async () => {
    expect(await register.ok('settings.get', {})).toMatchObject({ name: 'Your clinic', paper: 'A4', logoSha256: null })
    const saved = await register.ok('settings.update', {
      name: 'Harbour Skin Clinic',
      phone: '0117 496 0123',
      paper: 'Letter',
      deskUsers: ['Reception', 'Evening desk'],
      practitioners: [{ name: 'Dr Okafor' }, { name: 'Nurse Shah', retired: true }]
    })
    // The computer the tests run on is in the United Kingdom: so is a new clinic, and its number is kept in E.164.
    expect(saved).toMatchObject({ name: 'Harbour Skin Clinic', country: 'GB', phone: '+441174960123', paper: 'Letter', deskUsers: ['Reception', 'Evening desk'] })
    const bad = await register.call('settings.update', { name: '', practitioners: [{ name: 'A' }, { name: 'a' }] })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Enter the clinic name.', practitioners: 'Each of the practitioners can be listed once.' } }
    })
    const badPhones = await register.call('settings.update', { ...saved, phone: 'call us', outOfHoursPhone: '12' })
    const notInCountry = 'This is not a valid phone number for the clinic’s country (United Kingdom): check the digits, or start a number from another country with + and its country code.'
    expect(badPhones).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { phone: notInCountry, outOfHoursPhone: notInCountry } } })
    expect(await register.ok('settings.get', {})).toEqual(saved)
  })

  it('offer active practitioners and devices first, then ones used before, never retired ones', async () => {
    await register.ok('settings.update', {
      name: 'Harbour Skin Clinic',
      practitioners: [{ name: 'Dr Okafor' }, { name: 'Nurse Shah', retired: true }],
      devices: [{ name: 'Dermapen 4' }]
    })
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    for (const practitioner of ['Nurse Shah', 'Locum Lee']) {
      await register.ok('treatments.create', {
        clientId: client.id,
        performedAt: '2026-11-20T10:00',
        timeZone: 'UTC',
        practitioner,
        device: 'Derma roller',
        zones: [{ zone: 'chin', depthMm: 1 }]
      })
    }
    expect(await register.ok('treatments.suggestions', {})).toEqual({
      practitioners: ['Dr Okafor', 'Locum Lee'],
      devices: ['Dermapen 4', 'Derma roller']
    })
  })
})

describe('the clinic logo', () => {
  it('takes a PNG, keeps it through detail changes, and can be removed', async () => {
    const withLogo = await register.ok('settings.setLogo', { base64: appIcon.toString('base64') })
    expect(withLogo.logoSha256).toMatch(/^[0-9a-f]{64}$/)
    const renamed = await register.ok('settings.update', { name: 'Harbour Skin & Laser' })
    expect(renamed.logoSha256).toBe(withLogo.logoSha256)
    expect(await register.ok('settings.logo', {})).toEqual({ mimeType: 'image/png', base64: appIcon.toString('base64') })
    expect((await register.ok('settings.removeLogo', {})).logoSha256).toBeNull()
    expect(await register.ok('settings.logo', {})).toBeNull()
  })

  it.each([
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64'), 'must be a PNG or JPEG'],
    ['text', Buffer.from('hello, not an image').toString('base64'), 'must be a PNG or JPEG'],
    ['over 2 MB', Buffer.concat([appIcon, Buffer.alloc(2 * 1024 * 1024)]).toString('base64'), 'at most 2 MB'],
    ['not base64 at all', '%%%', 'could not be read']
  ])('refuses %s and keeps the clinic as it was', async (_case, base64, message) => {
    const before = await register.ok('settings.get', {})
    const result = await register.call('settings.setLogo', { base64 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain(message)
    expect(await register.ok('settings.get', {})).toEqual(before)
  })
})

describe('the logo on handouts', () => {
  it('prints in the header as an embedded image, and old handouts reprint with the logo they had', async () => {
    await register.ok('settings.setLogo', { base64: appIcon.toString('base64') })
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const treatment = await register.ok('treatments.create', {
      clientId: client.id,
      performedAt: '2026-11-20T10:00',
      timeZone: 'UTC',
      zones: [{ zone: 'cheeks', depthMm: 1.5 }]
    })
    const withLogo = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(Buffer.from(withLogo.bytes).includes(Buffer.from('/Subtype /Image'))).toBe(true)
    expect((await readPdf(withLogo.bytes)).pages).toBeLessThanOrEqual(2)
    await register.ok('settings.removeLogo', {})
    const without = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(Buffer.from(without.bytes).includes(Buffer.from('/Subtype /Image'))).toBe(false)
    const reprint = await register.ok('handouts.reprint', { entryId: withLogo.entry.id, producedBy: 'Reception' })
    expect(Buffer.from(reprint.bytes).equals(Buffer.from(withLogo.bytes))).toBe(true)
  })
})
