import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../src/shared/aftercare/default-protocol'
import { formatMilestoneDate } from '../../src/shared/aftercare/format-date'
import type { ClientFields } from '../../src/shared/register/client'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
  await register.ok('settings.update', HARBOUR_CLINIC)
})
afterEach(() => register.close())

const english = DEFAULT_PROTOCOL.texts.en

function treatmentFor(client: ClientFields, depthMm = 1.5, sessionNumber: number | null = 1) {
  return recordStandardTreatment(register, client, { depthMm, sessionNumber })
}

async function handoutText(treatmentId: string, paper: 'A4' | 'Letter' = 'A4') {
  const produced = await register.ok('handouts.produce', { treatmentId, paper, producedBy: 'Reception' })
  return { produced, pdf: await readPdf(produced.bytes) }
}

describe('the handout PDF', () => {
  it('says what the plan says, with every avoid item and SPF 30, in embedded fonts', async () => {
    const treatment = await treatmentFor({ givenName: 'Zoë', familyName: 'Łukasiewicz' })
    const plan = await register.ok('aftercare.plan', { treatmentId: treatment.id })
    const { pdf } = await handoutText(treatment.id)
    expect(pdf.text).toContain('Zoë Łukasiewicz')
    expect(pdf.text).toContain('Harbour Skin Clinic')
    expect(pdf.text).toContain('Dr Amara Okafor')
    expect(pdf.text).toContain('Cheeks 1.50 mm')
    for (const milestone of plan.milestones) {
      expect(pdf.text).toContain(milestone.label)
      expect(pdf.text).toContain(formatMilestoneDate(milestone.start, 'en-GB').replace(/\s+/g, ' '))
    }
    for (const item of english.avoid.items) expect(pdf.text).toContain(item)
    for (const tip of english.tips.items) expect(pdf.text).toContain(tip)
    for (const sign of english.callTheClinic.signs) expect(pdf.text).toContain(sign)
    expect(pdf.text).toContain('SPF 30')
    expect(pdf.text).toContain('Call us on 0117 496 0123')
    expect(pdf.fonts.length).toBeGreaterThan(0)
    expect(pdf.fonts.every((font) => font.embedded && font.subset)).toBe(true)
  })

  it.each([0.25, 1, 1.5, 2.5])('fits on two pages at %s mm, on A4 and on Letter', async (depthMm) => {
    const treatment = await treatmentFor({ givenName: 'Maximiliane', familyName: 'Oberhausen-Wittgenstein' }, depthMm, 1)
    for (const paper of ['A4', 'Letter'] as const) {
      expect((await handoutText(treatment.id, paper)).pdf.pages).toBeLessThanOrEqual(2)
    }
  })

  it.each([
    ['Latin with diacritics', 'Nguyễn Thị Ánh', 'Đặng'],
    ['Greek', 'Παναγιώτα', 'Αποστόλου'],
    ['Cyrillic', 'Алёна', 'Ёлкина'],
    ['Chinese', '小明', '王'],
    ['Japanese', 'あゆみ', '児玉'],
    ['Korean', '민준', '김']
  ])('prints a name in %s', async (_script, givenName, familyName) => {
    const treatment = await treatmentFor({ givenName, familyName })
    const { pdf } = await handoutText(treatment.id)
    expect(pdf.text).toContain(givenName)
    expect(pdf.text).toContain(familyName)
  })

  it.each([
    ['Arabic', 'عائشة', 'الحسيني', 'NotoSansArabic-Bold'],
    ['Hebrew', 'שָׁרָה', 'כהן', 'NotoSansHebrew-Bold']
  ])('prints a name in %s in its own font (handout-rtl-names.test.ts reads it back glyph by glyph)', async (_script, givenName, familyName, font) => {
    const treatment = await treatmentFor({ givenName, familyName })
    const { pdf } = await handoutText(treatment.id)
    expect(pdf.fonts).toContainEqual({ name: font, embedded: true, subset: true })
  })

  it.each([
    ['Thai', 'สมชาย', 'ใจดี'],
    ['Devanagari (Hindi, Marathi, Nepali)', 'प्रिया', 'शर्मा'],
    ['Syriac', 'ܡܪܝܡ', 'Haddad']
  ])('refuses a name in %s script before printing, saying what to do, and logs nothing', async (script, givenName, familyName) => {
    const treatment = await treatmentFor({ givenName, familyName })
    const result = await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (!result.ok) expect(result.error.message).toContain(`cannot yet print names written in ${script} script`)
    if (!result.ok) expect(result.error.message).toMatch(/Latin letters/)
    expect(await register.ok('handouts.listForClient', { clientId: treatment.clientId })).toEqual([])
  })
})

describe('the handout log and reprints', () => {
  it('records each handout with its protocol version, language, paper, desk user and SHA-256', async () => {
    const treatment = await treatmentFor({ givenName: 'Ana', familyName: 'Silva' })
    const { produced } = await handoutText(treatment.id, 'Letter')
    const { createHash } = await import('node:crypto')
    expect(produced.entry).toMatchObject({
      treatmentId: treatment.id,
      clientId: treatment.clientId,
      kind: 'handout',
      protocolVersion: 1,
      language: 'en',
      paper: 'Letter',
      producedBy: 'Reception',
      reprintOf: null,
      sha256: createHash('sha256').update(produced.bytes).digest('hex')
    })
    expect(produced.mimeType).toBe('application/pdf')
    expect(produced.fileName).toMatch(/^Silva-Ana-handout-\d{4}-\d{2}-\d{2}\.pdf$/)
    expect(await register.ok('handouts.listForClient', { clientId: treatment.clientId })).toEqual([produced.entry])
  })

  it('reprints the identical file, even after the client and clinic details change', async () => {
    const treatment = await treatmentFor({ givenName: 'Zoë', familyName: 'Łukasiewicz' })
    const original = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    await register.ok('clients.update', { id: treatment.clientId, fields: { givenName: 'Zoe', familyName: 'Nowak' }, version: 1 })
    await register.ok('settings.update', { name: 'Harbour Skin & Laser', phone: '0117 496 9999' })

    const reprint = await register.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Evening desk' })
    expect(Buffer.from(reprint.bytes).equals(Buffer.from(original.bytes))).toBe(true)
    expect(reprint.entry).toMatchObject({ reprintOf: original.entry.id, producedBy: 'Evening desk', sha256: original.entry.sha256 })
    const again = await register.ok('handouts.reprint', { entryId: reprint.entry.id, producedBy: 'Reception' })
    expect(again.entry.reprintOf).toBe(original.entry.id)
    expect(Buffer.from(again.bytes).equals(Buffer.from(original.bytes))).toBe(true)

    const fresh = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect((await readPdf(fresh.bytes)).text).toContain('Zoe Nowak')
    expect((await readPdf(fresh.bytes)).text).toContain('Harbour Skin & Laser')
  })

  it('makes the 14-day calendar and the .ics, logged like handouts', async () => {
    const treatment = await treatmentFor({ givenName: 'Ana', familyName: 'Silva' })
    const calendar = await register.ok('handouts.produce', { treatmentId: treatment.id, kind: 'calendar', producedBy: 'Reception' })
    expect((await readPdf(calendar.bytes)).pages).toBe(1)
    expect((await readPdf(calendar.bytes)).text).toContain('Ana Silva')
    const ics = await register.ok('handouts.produce', { treatmentId: treatment.id, kind: 'ics', producedBy: 'Reception' })
    expect(ics.mimeType).toBe('text/calendar')
    expect(ics.entry.paper).toBeNull()
    expect(new TextDecoder().decode(ics.bytes)).toMatch(/^BEGIN:VCALENDAR/)
    const reprinted = await register.ok('handouts.reprint', { entryId: ics.entry.id, producedBy: 'Reception' })
    expect(Buffer.from(reprinted.bytes).equals(Buffer.from(ics.bytes))).toBe(true)
    const log = await register.ok('handouts.listForClient', { clientId: treatment.clientId })
    expect(log.map((entry) => entry.kind)).toEqual(['ics', 'ics', 'calendar'])
  })

  it('refuses unknown treatments and log entries, and a blank desk user', async () => {
    const missing = await register.call('handouts.produce', { treatmentId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX', producedBy: 'Reception' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const noEntry = await register.call('handouts.reprint', { entryId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX', producedBy: 'Reception' })
    expect(noEntry).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const treatment = await treatmentFor({ givenName: 'Ana', familyName: 'Silva' })
    const blank = await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: '  ' })
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { producedBy: 'Say who is giving the handout.' } } })
  })
})

describe('a day of handouts as one print job', () => {
  it('combines handouts page after page, and refuses what is not a PDF', async () => {
    const first = await treatmentFor({ givenName: 'Ana', familyName: 'Silva' })
    const second = await treatmentFor({ givenName: 'Bea', familyName: 'Jones' }, 0.5, null)
    const files: Uint8Array<ArrayBuffer>[] = []
    for (const treatment of [first, second]) {
      files.push((await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })).bytes as Uint8Array<ArrayBuffer>)
    }
    const { bytes } = await register.ok('handouts.combine', { files })
    const pdf = await readPdf(bytes)
    expect(pdf.pages).toBe((await readPdf(files[0] as Uint8Array)).pages + (await readPdf(files[1] as Uint8Array)).pages)
    expect(pdf.text.indexOf('Ana Silva')).toBeLessThan(pdf.text.indexOf('Bea Jones'))
    const refused = await register.call('handouts.combine', { files: [new TextEncoder().encode('not a pdf')] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
