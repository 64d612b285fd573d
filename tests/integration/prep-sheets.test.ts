import { createHash } from 'node:crypto'
import ICAL from 'ical.js'
import { Temporal } from 'temporal-polyfill'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallInput } from '../../src/shared/contract/calls'
import { HARBOUR_CLINIC } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

// "Before your appointment", on either engine: the dated preparation of a client's appointment as a
// one-page PDF in their language and as a calendar file, each logged with its hash and audited.

const LONDON = 'Europe/London'
let register: TempRegister

beforeEach(async () => {
  // The sheet is made on Sunday 1 March 2026, a month before the appointments below.
  register = await openTempRegister({ clock: steppingClock('2026-03-01T09:00:00Z') })
  await register.ok('settings.update', HARBOUR_CLINIC)
})
afterEach(() => register.close())

async function aClient(language: 'en' | 'de' | 'es' | 'fr' = 'en') {
  return register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva', language })
}

function sheet(clientId: string, changes: Partial<CallInput<'prepSheets.produce'>> = {}) {
  return register.call('prepSheets.produce', {
    clientId,
    appointmentAt: '2026-04-02T14:00',
    timeZone: LONDON,
    producedBy: 'Reception',
    ...changes
  })
}

async function sheetText(clientId: string, changes: Partial<CallInput<'prepSheets.produce'>> = {}) {
  const result = await sheet(clientId, changes)
  if (!result.ok) throw new Error(result.error.message)
  const read = await readPdf(result.value.bytes)
  return { ...read, produced: result.value }
}

describe('the preparation sheet', () => {
  it('prints the dated steps for the appointment in English on one page, with the clinic’s details', async () => {
    const client = await aClient()
    const { text, pages, produced } = await sheetText(client.id)
    expect(pages).toBe(1)
    expect(produced.mimeType).toBe('application/pdf')
    expect(produced.fileName).toBe('Silva-Ana-preparation-2026-04-02.pdf')
    for (const words of [
      'Harbour Skin Clinic',
      'Before your appointment',
      'Ana Silva',
      'Thursday 2 April, 14:00',
      'From Thursday 19 March Keep the skin from burning',
      'From Thursday 26 March Stop retinol, tretinoin',
      'From 14:00 the day before No alcohol',
      'On the day Do not shave the area on the day',
      'Whatever the date',
      'never stop them unless the doctor who prescribed them says so',
      'Please bring',
      'Call us to move your visit if',
      'A cold sore appears.',
      'Call us on 0117 496 0123'
    ]) {
      expect(text).toContain(words)
    }
    expect(text.indexOf('From Thursday 19 March')).toBeLessThan(text.indexOf('From Thursday 26 March'))
  })

  it('prints in the client’s language, or the one chosen, with dates in that language', async () => {
    const client = await aClient('de')
    const { text, produced } = await sheetText(client.id)
    expect(produced.fileName).toBe('Silva-Ana-Vorbereitung-2026-04-02.pdf')
    expect(text).toContain('Vor Ihrem Termin')
    expect(text).toContain('Donnerstag, 2. April, 14:00')
    expect(text).toContain('Ab Donnerstag, 26. März Verzichten Sie auf Retinol')
    expect(text).toContain('Ab 14:00 am Vortag Kein Alkohol')
    expect(text).toContain('Telefon 0117 496 0123')
    const french = await sheetText(client.id, { language: 'fr' })
    expect(french.text).toContain('À partir du jeudi 26 mars Cessez le rétinol')
    expect(french.produced.entry.language).toBe('fr')
    expect(french.produced.fileName).toBe('Silva-Ana-préparation-2026-04-02.pdf')
  })

  it('counts hours as elapsed time across the clocks going forward', async () => {
    const client = await aClient()
    // 10:00 on Sunday 29 March 2026, the morning the clocks went forward: 24 hours earlier is 09:00.
    const { text } = await sheetText(client.id, { appointmentAt: '2026-03-29T10:00' })
    expect(text).toContain('From 09:00 the day before No alcohol')
    expect(text).toContain('From Sunday 22 March Stop retinol')
  })

  it('tells the patient to start now a step whose date has passed', async () => {
    const client = await aClient()
    const { text } = await sheetText(client.id, { appointmentAt: '2026-03-05T11:00' })
    expect(text).toContain('Start now (from Thursday 19 February) Keep the skin from burning')
    expect(text).toContain('From 11:00 the day before No alcohol')
  })

  it('logs the file with its hash and content hash, and the audit log with no personal details', async () => {
    const client = await aClient()
    const { produced } = await sheetText(client.id)
    const [entry] = await register.ok('prepSheets.listForClient', { clientId: client.id })
    expect(entry).toEqual(produced.entry)
    expect(entry).toMatchObject({ format: 'pdf', appointmentAt: '2026-04-02T14:00', timeZone: LONDON, questionnaireVersion: 1, language: 'en', paper: 'A4', producedBy: 'Reception', layoutVersion: 1 })
    expect(entry?.sha256).toBe(createHash('sha256').update(produced.bytes).digest('hex'))
    const [audited] = await register.ok('audit.list', { subjectId: entry?.id ?? '' })
    expect(audited).toMatchObject({ action: 'print', subjectType: 'prep-sheet', details: { clientId: client.id, format: 'pdf', sha256: entry?.sha256 } })
    expect(JSON.stringify(audited?.details)).not.toMatch(/Ana|Silva|2026-04-02/)
  })

  it('is part of the client’s data on request, and goes when the client is erased', async () => {
    const client = await aClient()
    await sheetText(client.id)
    const files = await register.ok('clients.exportData', { id: client.id })
    expect(JSON.parse(files.json).prepSheetsGiven).toMatchObject([{ format: 'pdf', appointmentAt: '2026-04-02T14:00' }])
    expect((await readPdf(files.pdf)).text).toContain('Preparation sheet for your appointment on 2 April 2026, 14:00, English')
    await register.ok('clients.erase', { id: client.id, reason: 'Right to erasure request' })
    expect((await register.snapshot()).prep_sheet_log).toEqual([])
  })

  it('follows the clinic’s own rules from the current questionnaire', async () => {
    const client = await aClient()
    const { questionnaire } = await register.ok('screening.current', {})
    const rules = [{ id: 'no_alcohol', timing: { kind: 'before' as const, window: { amount: 48, unit: 'hours' as const } }, text: { en: 'No alcohol at all.' } }]
    await register.ok('screening.save', { questionnaire: { ...questionnaire, preparation: { ...questionnaire.preparation, rules } }, createdBy: 'Maria' })
    const { text, produced } = await sheetText(client.id)
    expect(text).toContain('From Tuesday 31 March, 14:00 No alcohol at all.')
    expect(text).not.toContain('retinol')
    expect(produced.entry.questionnaireVersion).toBe(2)
  })

  it('keeps a long preparation on one page, in smaller text, on Letter paper too', async () => {
    const client = await aClient('de')
    const { questionnaire } = await register.ok('screening.current', {})
    const long = 'Bitte beachten Sie diesen ausführlichen Hinweis der Klinik zur Vorbereitung, der mehrere Zeilen lang ist und Ihre Haut schützt.'
    const rules = Array.from({ length: 16 }, (_, index) => ({
      id: `rule_${index}`,
      timing: { kind: 'before' as const, window: { amount: index + 1, unit: 'days' as const } },
      text: { en: `Step ${index + 1}.`, de: `${long} (${index + 1})` }
    }))
    await register.ok('screening.save', { questionnaire: { ...questionnaire, preparation: { ...questionnaire.preparation, rules } }, createdBy: 'Maria' })
    for (const paper of ['A4', 'Letter'] as const) {
      const { pages, text } = await sheetText(client.id, { paper })
      expect(pages).toBe(1)
      expect(text).toContain('(16)')
    }
  })

  it('makes a calendar file whose events, read back, fall on the dated steps and the appointment', async () => {
    const client = await aClient()
    const result = await sheet(client.id, { format: 'ics' })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.mimeType).toBe('text/calendar')
    expect(result.value.fileName).toBe('Silva-Ana-preparation-2026-04-02.ics')
    expect(result.value.entry.paper).toBeNull()
    const events = new ICAL.Component(ICAL.parse(new TextDecoder().decode(result.value.bytes)))
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent))
    const byUid = (rule: string) => events.find((event) => event.uid === `prep-${client.id}-202604021400-${rule}@aftercare-desk`)
    const retinoids = byUid('stop_retinoids')
    expect(retinoids?.startDate.isDate).toBe(true)
    expect(retinoids?.startDate.toString()).toBe('2026-03-26')
    expect(retinoids?.summary).toBe('Before your appointment: Stop retinol, tretinoin and any other vitamin A cream on the skin to be treated.')
    const alcohol = byUid('no_alcohol')
    expect(alcohol?.startDate.isDate).toBe(false)
    expect(alcohol?.startDate.toUnixTime()).toBe(Temporal.Instant.from('2026-04-01T13:00:00Z').epochMilliseconds / 1000)
    const appointment = byUid('appointment')
    expect(appointment?.startDate.toUnixTime()).toBe(Temporal.Instant.from('2026-04-02T13:00:00Z').epochMilliseconds / 1000)
    expect(appointment?.location).toBe('Harbour Skin Clinic')
    expect(appointment?.description).toContain('Come with clean skin')
    // Dated steps, less those on the day (in the appointment's note), and the appointment.
    expect(events).toHaveLength(7)
    const [entry] = await register.ok('prepSheets.listForClient', { clientId: client.id })
    expect(entry?.sha256).toBe(createHash('sha256').update(result.value.bytes).digest('hex'))
  })

  it.each([
    ['an appointment already past', { appointmentAt: '2026-02-28T10:00' }, 'That appointment time has already passed'],
    ['a date that does not exist', { appointmentAt: '2026-02-30T10:00' }, 'Enter a real appointment date and time'],
    ['a date with no time', { appointmentAt: '2026-04-02' }, 'Enter a real appointment date and time'],
    ['a zone that is not a zone', { timeZone: '+01:00' }, 'That time zone is not known'],
    ['a format it cannot make', { format: 'docx' as 'pdf' }, 'Choose a PDF or a calendar file'],
    ['a language it cannot print', { language: 'it' as 'en' }, 'English, Spanish, French or German'],
    ['no one named as giving it', { producedBy: ' ' }, 'Say who is giving the handout.'],
    ['a client not in the register', { clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX' }, 'No client']
  ])('refuses %s with a clear message, logging nothing', async (_what, changes, message) => {
    const client = await aClient()
    const before = await register.snapshot()
    const result = await sheet(client.id, changes)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain(message)
    expect(await register.snapshot()).toEqual(before)
  })
})
