import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { phoneNumbers } from '../../src/main/db/migrations/018-phone-numbers'
import type { ClinicCountry } from '../../src/shared/clinic/clinic-country'
import type { ClientFields } from '../../src/shared/register/client'
import { excelCsvUtf8 } from '../support/excel-files'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

// Phone numbers on both engines: kept in E.164, read in the clinic's country, found by any
// digits, moved to E.164 by the upgrade, and imported the same way (as written, when unreadable).
let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

async function inCountry(country: ClinicCountry): Promise<void> {
  await register.ok('settings.update', { ...(await register.ok('settings.get', {})), country })
}

async function add(fields: ClientFields) {
  return register.ok('clients.create', fields)
}

async function namesFound(query: string): Promise<string[]> {
  return (await register.ok('clients.search', { query })).map((client) => client.givenName)
}

const NOT_IN_GB =
  'This is not a valid phone number for the clinic’s country (United Kingdom): check the digits, or start a number from another country with + and its country code.'

describe('a client’s phone number', () => {
  it('is kept in E.164 however it was typed, read in the clinic’s country', async () => {
    expect((await add({ givenName: 'Ana', familyName: 'Lima', phone: '07700 900123' })).phone).toBe('+447700900123')
    expect((await add({ givenName: 'Bea', familyName: 'Lima', phone: '0044 (0)20 7946 0958' })).phone).toBe('+442079460958')
    await inCountry('FR')
    expect((await add({ givenName: 'Cé', familyName: 'Lima', phone: '06 12 34 56 78' })).phone).toBe('+33612345678')
    expect((await add({ givenName: 'Dee', familyName: 'Lima', phone: '+44 7700 900456' })).phone).toBe('+447700900456')
  })

  it('is refused, with the message beside the field, when it cannot be read; nothing is written', async () => {
    const before = await register.snapshot()
    const refused = await register.call('clients.create', { givenName: 'Ana', familyName: 'Lima', phone: '0612345678999' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: NOT_IN_GB, fields: { phone: NOT_IN_GB } } })
    expect(await register.snapshot()).toEqual(before)
    const ana = await add({ givenName: 'Ana', familyName: 'Lima' })
    const update = await register.call('clients.update', { id: ana.id, fields: { givenName: 'Ana', familyName: 'Lima', phone: 'ring her' }, version: ana.version })
    expect(update).toMatchObject({ ok: false, error: { fields: { 'fields.phone': NOT_IN_GB } } })
  })

  it('is found by any of its digits, typed with the national 0, without it, or with +44', async () => {
    await add({ givenName: 'Ana', familyName: 'Lima', phone: '07700 900123' })
    await add({ givenName: 'Bea', familyName: 'Jones', phone: '+33 6 12 34 56 78' })
    for (const query of ['07700 900123', '7700900123', '+44 7700', '447700900123', '900123', '0044 7700 900']) {
      expect(await namesFound(query), query).toEqual(['Ana'])
    }
    for (const query of ['06 12 34 56 78', '612345678', '+33 6 12', '34 56 78']) expect(await namesFound(query), query).toEqual(['Bea'])
  })

  it('reads the clinic’s own numbers in its country, and a change of country is in the audit log', async () => {
    const settings = await register.ok('settings.get', {})
    const saved = await register.ok('settings.update', { ...settings, name: 'Clinique Lumière', country: 'FR', phone: '01 23 45 67 89', outOfHoursPhone: '+44 117 496 0123' })
    expect(saved).toMatchObject({ country: 'FR', phone: '+33123456789', outOfHoursPhone: '+441174960123' })
    const [entry] = await register.ok('audit.list', { action: 'update' })
    expect(entry).toMatchObject({ subjectType: 'clinic', details: { country: 'FR', countryBefore: 'GB' } })
    // Left out, the country stays.
    expect(await register.ok('settings.update', { name: 'Clinique Lumière', phone: '01 23 45 67 00' })).toMatchObject({ country: 'FR', phone: '+33123456700' })
    const refused = await register.call('settings.update', { ...saved, country: 'XX' })
    expect(refused).toMatchObject({ ok: false, error: { fields: { country: 'Choose the country the clinic is in by its two-letter code, for example GB, ES, FR, DE or US.' } } })
  })
})

describe('the upgrade to E.164 (migration 18)', () => {
  /** Clients and settings as the app before version 18 kept them: phones as typed, the retention's own country. */
  async function olderRegister(retention: { country: string | null; years: number | null }) {
    const { db } = register.database
    const ana = await add({ givenName: 'Ana', familyName: 'Lima' })
    const bea = await add({ givenName: 'Bea', familyName: 'Jones' })
    const cy = await add({ givenName: 'Cy', familyName: 'Moss' })
    await db.updateTable('clients').set({ phone: '07700 900123' }).where('id', '=', ana.id).execute()
    await db.updateTable('clients').set({ phone: 'ask at reception' }).where('id', '=', bea.id).execute()
    await db.updateTable('clients').set({ phone: '+33 6 12 34 56 78' }).where('id', '=', cy.id).execute()
    // Their search terms as the old digits made them: 07700900123's tails, not 447700900123's.
    await db.deleteFrom('client_search_terms').where('term', 'like', '44%').execute()
    const stored = { name: 'Harbour Skin Clinic', phone: '0117 496 0123', outOfHoursPhone: 'the mobile', defaultLanguage: 'de', retention }
    await db.insertInto('settings').values({ key: 'clinic', value: JSON.stringify(stored) }).onConflict((c) => c.column('key').doUpdateSet({ value: JSON.stringify(stored) })).execute()
    await register.database.inOneTransaction(() => phoneNumbers.up(db))
    return { ana, bea, cy }
  }

  it('keeps every number in E.164, one it cannot read as typed, and finds them all by their digits', async () => {
    const { ana, bea, cy } = await olderRegister({ country: 'GB', years: null })
    expect((await register.ok('clients.get', { id: ana.id })).phone).toBe('+447700900123')
    expect((await register.ok('clients.get', { id: bea.id })).phone).toBe('ask at reception')
    expect((await register.ok('clients.get', { id: cy.id })).phone).toBe('+33612345678')
    expect(await namesFound('+44 7700 900123')).toEqual(['Ana'])
    expect(await namesFound('07700 900123')).toEqual(['Ana'])
    expect(await namesFound('0612345678')).toEqual(['Cy'])
    expect(await register.ok('settings.get', {})).toMatchObject({ country: 'GB', phone: '+441174960123', outOfHoursPhone: 'the mobile', retention: { years: null } })
    // Saving the client with a number that reads clears the flag: the number is E.164 again.
    const fixed = await register.ok('clients.update', { id: bea.id, fields: { givenName: 'Bea', familyName: 'Jones', phone: '07700 900456' }, version: bea.version })
    expect(fixed.phone).toBe('+447700900456')
  })

  it('takes the country from a retention choice, and keeps the years a choice meant', async () => {
    await olderRegister({ country: 'DE', years: null })
    expect(await register.ok('settings.get', {})).toMatchObject({ country: 'DE', retention: { years: null } })
    expect((await register.ok('privacy.retentionReview', {})).retention).toEqual({ country: 'DE', years: 10 })
  })

  it('keeps 10 years for a clinic that chose “another country”, on a computer in the United Kingdom', async () => {
    await olderRegister({ country: 'other', years: null })
    expect(await register.ok('settings.get', {})).toMatchObject({ country: 'GB', retention: { years: 10 } })
    expect((await register.ok('privacy.retentionReview', {})).retention).toEqual({ country: 'GB', years: 10 })
  })
})

describe('an import’s phone numbers', () => {
  const file = excelCsvUtf8([
    ['First name', 'Last name', 'Phone', 'Date of birth'],
    ['Ana', 'Lima', '07700 900123', '03/04/1990'],
    ['Bea', 'Jones', '+33 6 12 34 56 78', ''],
    ['Cy', 'Moss', 'ring the mobile', '']
  ])

  it('are read in the clinic’s country; one that cannot be read is imported as written, and the preview says so', async () => {
    const preview = await register.ok('imports.previewClientsCsv', { file })
    expect(preview.report.unreadPhones).toEqual([{ row: 4, phone: 'ring the mobile' }])
    expect(preview.report.imported).toBe(3)
    const report = await register.ok('imports.clientsCsv', { file })
    expect(report.unreadPhones).toEqual([{ row: 4, phone: 'ring the mobile' }])
    const phones = await Promise.all(report.importedIds.map(async (id) => (await register.ok('clients.get', { id })).phone))
    expect(phones).toEqual(['+447700900123', '+33612345678', 'ring the mobile'])
    expect(await namesFound('7700900123')).toEqual(['Ana'])
  })

  it('and dates nothing in the file decides are read as the clinic’s country writes them', async () => {
    expect((await register.ok('imports.previewClientsCsv', { file })).report.read).toMatchObject({
      dateOrder: 'DMY',
      dateOrderReason: { why: 'clinic country', country: 'GB' },
      dateExample: { written: '03/04/1990', read: '1990-04-03' }
    })
    await inCountry('US')
    expect((await register.ok('imports.previewClientsCsv', { file })).report.read).toMatchObject({
      dateOrder: 'MDY',
      dateOrderReason: { why: 'clinic country', country: 'US' },
      dateExample: { written: '03/04/1990', read: '1990-03-04' }
    })
  })
})
