import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONSENT_FORMS } from '../../src/shared/consent/default-consent-forms'
import type { CallResult } from '../../src/shared/contract/errors'
import { todayIn } from '../../src/shared/dates/calendar-date'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import type { TreatmentFields } from '../../src/shared/register/treatment'
import type { RecordScreeningInput } from '../../src/shared/screening/screening-record'
import { screenAndConsent, signaturePng, signedConsent, visitScreening } from '../support/consent'
import { imagesPainted, readPdf } from '../support/pdf-read-back'
import { nothingToDeclare } from '../support/screening-answers'
import { openTempRegister, type TempRegister } from '../support/temp-register'

// Consent signed on screen, on either engine: the form's versions, a signed consent's PDF
// read back, reprinted identically, and a treatment for today only under a valid consent.

const ZONE = 'Europe/London'
const TODAY = todayIn(ZONE)
const NOW = `${TODAY}T09:00`

const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

/** A register whose clock the test can move (main's clock: the time a consent is signed). */
async function aRegister() {
  const clock = { now: undefined as Date | undefined }
  const register = await openTempRegister({ clock: () => clock.now ?? new Date() })
  registers.push(register)
  await register.ok('settings.update', {
    name: 'Clinica Norte',
    phone: '+44 20 7946 0000',
    devices: [{ name: 'Dermapen 4' }, { name: 'Morpheus8', radiofrequency: true }]
  })
  const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva', dateOfBirth: '1988-04-12', language: 'en' })
  return { register, client, clock }
}

const refusal = (result: CallResult<unknown>) => (result.ok ? undefined : result.error)

/** A visit screened today, cheeks and forehead, nothing declared unless `changes` says otherwise. */
const screen = (register: TempRegister, clientId: string, changes: Partial<RecordScreeningInput> = {}) =>
  register.ok('screenings.record', visitScreening(clientId, { zones: ['cheeks', 'forehead'], visitAt: NOW, ...changes }))

/** A treatment at 09:00 today on the cheeks, as changed. */
function treatmentToday(clientId: string, changes: Partial<TreatmentFields> = {}): TreatmentFields {
  return { clientId, performedAt: NOW, timeZone: ZONE, zones: [{ zone: 'cheeks', depthMm: 1 }], ...changes }
}

describe('the consent form', () => {
  it('starts as the shipped form, and each save is a new version with every earlier one kept', async () => {
    const { register } = await aRegister()
    expect(await register.ok('consent.current', {})).toMatchObject({ version: 1, forms: DEFAULT_CONSENT_FORMS })
    const forms = structuredClone(DEFAULT_CONSENT_FORMS)
    forms.en.title = 'Consent to skin needling'
    const saved = await register.ok('consent.save', { forms, note: 'Our title', createdBy: 'Maria' })
    expect(saved).toMatchObject({ version: 2, note: 'Our title', createdBy: 'Maria', forms })
    expect((await register.ok('consent.versions', {})).map((version) => version.version)).toEqual([2, 1])
    expect((await register.ok('consent.get', { version: 1 })).forms).toEqual(DEFAULT_CONSENT_FORMS)
    expect((await register.ok('consent.restoreDefaults', { createdBy: 'Maria' })).version).toBe(3)
    const audited = (await register.ok('audit.list', {})).filter((entry) => entry.subjectType === 'consentForm')
    expect(audited.map((entry) => entry.details.version)).toEqual([3, 2])
  })

  it.each([
    ['without its risks section', (forms: typeof DEFAULT_CONSENT_FORMS) => void (forms.fr.sections = forms.fr.sections.filter((section) => section.id !== 'risks')), 'In the French form, the section "Risks" (risks) is missing'],
    ['with a section twice', (forms: typeof DEFAULT_CONSENT_FORMS) => void forms.de.sections.push(forms.de.sections[0]!), 'In the German form, the section "You and your treatment plan" (identity) appears 2 times'],
    ['with an empty paragraph', (forms: typeof DEFAULT_CONSENT_FORMS) => void (forms.en.sections[2]!.paragraphs[0] = '  '), 'Write the paragraph: it cannot be empty.'],
    ['without its Spanish text', (forms: Partial<typeof DEFAULT_CONSENT_FORMS>) => void delete forms.es, 'The Spanish form is missing'],
    ['without a photo choice', (forms: typeof DEFAULT_CONSENT_FORMS) => void (forms.en.photoChoices.marketing = ''), 'Write the photo choice "also marketing"']
  ])('is refused %s, with nothing saved', async (_what, spoil, message) => {
    const { register } = await aRegister()
    await register.ok('consent.current', {})
    const before = await register.snapshot()
    const forms = structuredClone(DEFAULT_CONSENT_FORMS)
    spoil(forms)
    const result = await register.call('consent.save', { forms, createdBy: 'Maria' })
    expect(refusal(result)?.code).toBe('invalid_input')
    expect(refusal(result)?.message).toContain(message)
    expect(await register.snapshot()).toEqual(before)
  })
})

describe('a consent signed on screen', () => {
  it('is a PDF with the form’s words, the client, the plan, the screening’s outcome and both signatures', async () => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id, { device: 'Dermapen 4' })
    const zones = [{ zone: 'cheeks' as const, depthMm: 1.5 }, { zone: 'forehead' as const, depthMm: 0.5 }]
    const signed = await register.ok('consents.sign', signedConsent(client.id, screening.id, { device: 'Dermapen 4', zones, photoConsent: 'marketing' }))
    expect(signed.entry).toMatchObject({
      clientId: client.id,
      screeningId: screening.id,
      formVersion: 1,
      language: 'en',
      paper: 'A4',
      device: 'Dermapen 4',
      radiofrequency: false,
      zones,
      screeningOutcome: 'clear',
      photoConsent: 'marketing',
      practitioner: 'Dr Okafor',
      timeZone: ZONE
    })
    expect(signed.fileName).toBe(`Silva-Ana-consent-${TODAY}.pdf`)
    const pdf = await readPdf(signed.bytes)
    expect(pdf.pageSize).toEqual({ width: 595, height: 842 })
    expect(pdf.text).toContain('Consent to microneedling treatment')
    expect(pdf.text).toContain('Ana Silva')
    expect(pdf.text).toContain('12 April 1988')
    expect(pdf.text).toContain(`Signed on ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${TODAY}T12:00Z`))}`)
    for (const section of DEFAULT_CONSENT_FORMS.en.sections) expect(pdf.text).toContain(section.heading)
    expect(pdf.text).toContain('You do not have to have this treatment: choosing no treatment is always possible.')
    expect(pdf.text).toContain('Cheeks 1.50 mm')
    expect(pdf.text).toContain('Forehead 0.50 mm')
    expect(pdf.text).toContain('Dermapen 4')
    expect(pdf.text).toContain('Nothing found that stands in the way of treatment')
    expect(pdf.text).toContain('[x] Yes, for my clinical record, and the clinic may also use them')
    expect(pdf.text).toContain('Dr Okafor')
    // Radiofrequency's lines are for radiofrequency devices only.
    expect(pdf.text).not.toContain('needle tips also deliver controlled heat')
    expect(await imagesPainted(signed.bytes)).toBe(2)

    expect(await register.ok('consents.listForClient', { clientId: client.id })).toEqual({ photoConsent: 'marketing', consents: [signed.entry] })
    const [entry] = (await register.ok('audit.list', {})).filter((each) => each.subjectType === 'consent')
    expect(entry).toMatchObject({ action: 'create', subjectId: signed.entry.id, details: { clientId: client.id, formVersion: 1, sha256: signed.entry.sha256 } })
  })

  it('is printed in the client’s language, on the clinic’s paper, with the radiofrequency lines for a radiofrequency device', async () => {
    const { register } = await aRegister()
    const settings = await register.ok('settings.get', {})
    await register.ok('settings.update', { ...settings, paper: 'Letter' })
    const client = await register.ok('clients.create', { givenName: 'Lucía', familyName: 'Gómez', language: 'es' })
    const screening = await screen(register, client.id, { device: 'Morpheus8', answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE, true) })
    const signed = await register.ok('consents.sign', signedConsent(client.id, screening.id, { device: 'Morpheus8', photoConsent: 'no' }))
    expect(signed.entry).toMatchObject({ language: 'es', paper: 'Letter', radiofrequency: true })
    // The client's document, so named in its language too.
    expect(signed.fileName).toBe(`Gómez-Lucía-consentimiento-${TODAY}.pdf`)
    const pdf = await readPdf(signed.bytes)
    expect(pdf.pageSize).toEqual({ width: 612, height: 792 })
    expect(pdf.text).toContain('Consentimiento para el tratamiento de microagujas')
    expect(pdf.text).toContain('Lucía Gómez')
    expect(pdf.text).toContain('Microagujas con radiofrecuencia')
    expect(pdf.text).toContain('La radiofrecuencia no se aplica a personas con marcapasos')
    expect(pdf.text).toContain('[x] No autorizo fotografías.')
  })

  it.each([
    ['the client’s signature left empty', { patientSignature: signaturePng({ ink: false }) }, 'The client has not signed yet'],
    ['the practitioner’s left empty', { practitionerSignature: signaturePng({ ink: false }) }, 'The practitioner has not signed yet'],
    ['no signature at all', { patientSignature: new Uint8Array() }, 'The client has not signed yet'],
    ['a signature that is no PNG', { practitionerSignature: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>') }, 'did not arrive as a PNG image'],
    ['a signature the size of a stamp', { patientSignature: signaturePng({ width: 40, height: 20 }) }, 'is 40 × 20 pixels'],
    ['no practitioner named', { practitioner: ' ' }, 'Enter the practitioner’s name.']
  ])('is refused with %s, and nothing is saved', async (_what, changes, message) => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id)
    const before = await register.snapshot()
    const result = await register.call('consents.sign', signedConsent(client.id, screening.id, changes))
    expect(refusal(result)).toMatchObject({ code: 'invalid_input', message: expect.stringContaining(message) })
    expect(await register.snapshot()).toEqual(before)
  })

  it('is refused under another client’s screening', async () => {
    const { register, client } = await aRegister()
    const other = await register.ok('clients.create', { givenName: 'Ben', familyName: 'Carter' })
    const screening = await screen(register, other.id)
    const result = await register.call('consents.sign', signedConsent(client.id, screening.id))
    expect(refusal(result)?.message).toMatch(/another client/)
  })

  it('reprints byte for byte, checked against the SHA-256 kept at signing, and the audit log says so', async () => {
    const { register, client, clock } = await aRegister()
    const screening = await screen(register, client.id)
    const signed = await register.ok('consents.sign', signedConsent(client.id, screening.id))
    // What changed since is not on the reprint: the client's name, the form, the clock.
    await register.ok('clients.update', { id: client.id, fields: { givenName: 'Anna', familyName: 'Silva-Reyes' }, version: client.version })
    const forms = structuredClone(DEFAULT_CONSENT_FORMS)
    forms.en.title = 'Another title'
    await register.ok('consent.save', { forms, createdBy: 'Maria' })
    clock.now = new Date(Date.now() + 3 * 60 * 60 * 1000)
    // Several at once, on both workers of the pool: each the very file signed.
    const reprints = await Promise.all([1, 2, 3, 4].map(() => register.ok('consents.reprint', { consentId: signed.entry.id, producedBy: 'Front desk' })))
    for (const reprinted of reprints) {
      expect(reprinted.reprint).toBe('identical')
      expect(Buffer.from(reprinted.bytes).equals(Buffer.from(signed.bytes))).toBe(true)
    }
    const [entry] = (await register.ok('audit.list', {})).filter((each) => each.subjectType === 'consent')
    expect(entry).toMatchObject({ action: 'print', subjectId: signed.entry.id, details: { reprint: 'identical', sha256: signed.entry.sha256 } })
  })
})

describe('a signed consent covers a visit', () => {
  /** Signs a consent as if `monthsAgo` months (plus `days`) before today, at noon in London. */
  async function signedAgo(register: TempRegister, clock: { now: Date | undefined }, clientId: string, ago: { months: number; days?: number }) {
    const day = Temporal.PlainDate.from(TODAY).subtract({ months: ago.months }).add({ days: ago.days ?? 0 })
    clock.now = new Date(day.toZonedDateTime({ timeZone: ZONE, plainTime: '12:00' }).epochMilliseconds)
    const screening = await screen(register, clientId)
    const signed = await register.ok('consents.sign', signedConsent(clientId, screening.id))
    clock.now = undefined
    return signed.entry
  }

  it('for 12 months: up to the day before the same date a year on', async () => {
    const { register, client, clock } = await aRegister()
    const stillValid = await signedAgo(register, clock, client.id, { months: 12, days: 1 })
    const today = await screen(register, client.id)
    const check = () => register.ok('consents.check', { clientId: client.id, screeningId: today.id })
    expect(await check()).toMatchObject({ valid: true, validUntil: TODAY, consent: { id: stillValid.id } })

    const other = await register.ok('clients.create', { givenName: 'Ben', familyName: 'Carter' })
    const expired = await signedAgo(register, clock, other.id, { months: 12 })
    const todays = await screen(register, other.id)
    const result = await register.ok('consents.check', { clientId: other.id, screeningId: todays.id })
    expect(result).toMatchObject({ valid: false, consent: { id: expired.id }, reason: expect.stringMatching(/ran out on .* \(a consent lasts 12 months\)/) })
  })

  it('for as many months as the clinic sets', async () => {
    const { register, client, clock } = await aRegister()
    await signedAgo(register, clock, client.id, { months: 6 })
    const today = await screen(register, client.id)
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: today.id })).toMatchObject({ valid: true })
    await register.ok('settings.update', { ...(await register.ok('settings.get', {})), consentValidMonths: 6 })
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: today.id })).toMatchObject({ valid: false })
  })

  it('only while the form is the version signed', async () => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id)
    await register.ok('consents.sign', signedConsent(client.id, screening.id))
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: screening.id })).toMatchObject({ valid: true })
    await register.ok('consent.restoreDefaults', { createdBy: 'Maria' })
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: screening.id })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/consent form has changed since the client signed version 1/)
    })
  })

  it('only for the kind of device signed for: radiofrequency or not', async () => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id, { device: 'Morpheus8', answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE, true) })
    await register.ok('consents.sign', signedConsent(client.id, screening.id, { device: 'Dermapen 4' }))
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: screening.id, device: 'Dermapen 4' })).toMatchObject({ valid: true })
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: screening.id, device: 'Morpheus8' })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/without radiofrequency, and this visit’s device uses radiofrequency/)
    })
  })

  it('only while the screening’s outcome is the one signed under', async () => {
    const { register, client } = await aRegister()
    const clear = await screen(register, client.id)
    await register.ok('consents.sign', signedConsent(client.id, clear.id))
    const review = await screen(register, client.id, { answers: { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), blood_thinners: true } })
    expect(review.outcome).toBe('review')
    expect(await register.ok('consents.check', { clientId: client.id, screeningId: review.id })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/screening now says a practitioner’s review/)
    })
  })
})

describe('a treatment for today', () => {
  it('is refused without a valid consent, in words for the desk, with nothing saved; recorded once the client signs', async () => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id)
    const before = await register.snapshot()
    const unsigned = await register.call('treatments.create', treatmentToday(client.id, { screeningId: screening.id }))
    expect(refusal(unsigned)).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Ask the client to sign the consent form before recording the treatment'),
      fields: { consent: expect.any(String) }
    })
    expect(await register.snapshot()).toEqual(before)

    const signed = await register.ok('consents.sign', signedConsent(client.id, screening.id))
    const treated = await register.ok('treatments.create', treatmentToday(client.id, { screeningId: screening.id }))
    const [entry] = (await register.ok('audit.list', {})).filter((each) => each.subjectType === 'treatment')
    expect(entry).toMatchObject({ subjectId: treated.id, details: { consentId: signed.entry.id } })
  })

  it('with a radiofrequency device is refused under a consent signed for plain needling', async () => {
    const { register, client } = await aRegister()
    const screening = await screen(register, client.id, { device: 'Morpheus8', answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE, true) })
    const screeningId = screening.id
    await register.ok('consents.sign', signedConsent(client.id, screeningId, { device: 'Dermapen 4' }))
    const result = await register.call('treatments.create', treatmentToday(client.id, { screeningId, device: 'Morpheus8' }))
    expect(refusal(result)?.message).toMatch(/^Ask the client to sign the consent form/)
    await register.ok('treatments.create', treatmentToday(client.id, { screeningId, device: 'Dermapen 4' }))
  })

  it('is recorded with the help the other suites use: a clear screening and a consent signed for the visit', async () => {
    const { register, client } = await aRegister()
    const zones = [{ zone: 'neck' as const, depthMm: 0.75 }]
    const { screeningId, consentId } = await screenAndConsent(register, client.id, { device: 'Morpheus8', radiofrequency: true, zones })
    const treated = await register.ok('treatments.create', treatmentToday(client.id, { screeningId, device: 'Morpheus8', zones }))
    const [entry] = (await register.ok('audit.list', {})).filter((each) => each.subjectType === 'treatment')
    expect(entry).toMatchObject({ subjectId: treated.id, details: { consentId } })
  })

  it('entered after the visit needs no consent, nor does one where the clinic turned screening off', async () => {
    const { register, client } = await aRegister()
    const yesterday = Temporal.PlainDate.from(TODAY).subtract({ days: 1 }).toString()
    await register.ok('treatments.create', treatmentToday(client.id, { performedAt: `${yesterday}T15:00` }))
    await register.ok('settings.update', { ...(await register.ok('settings.get', {})), screeningRequired: false })
    await register.ok('treatments.create', treatmentToday(client.id, { zones: [{ zone: 'neck', depthMm: 0.5 }] }))
  })
})
