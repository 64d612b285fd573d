import { Temporal } from 'temporal-polyfill'
import { afterEach, describe, expect, it } from 'vitest'
import type { CallResult } from '../../src/shared/contract/errors'
import { todayIn } from '../../src/shared/dates/calendar-date'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import type { ScreeningAnswers } from '../../src/shared/screening/screening-answers'
import { callsOf, deskHandlerTable, openTempRegister, type TempRegister } from '../support/temp-register'
import { nothingToDeclare } from '../support/screening-answers'
import { consentForVisit } from '../support/signed-consent'
import { asFormat1 } from '../support/questionnaire-format-1'
import { setWordsLanguage } from '../../src/shared/words/words-language'

// Screening before the needle, on either engine: the questionnaire's versions, a visit's
// answers screened and kept, and a treatment for today recorded only as its screening allows.

const ZONE = 'Europe/London'
const TODAY = todayIn(ZONE)
const NOW = `${TODAY}T09:00`
const daysAgo = (days: number) => Temporal.PlainDate.from(TODAY).subtract({ days }).toString()

const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

async function aRegister() {
  const register = await openTempRegister()
  registers.push(register)
  const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
  return { register, client }
}

/** The audit log's entries about one kind of subject, newest first. */
async function latestAbout(register: Pick<TempRegister, 'ok'>, subjectType: string) {
  return (await register.ok('audit.list', {})).filter((entry) => entry.subjectType === subjectType)
}

const refusal = (result: CallResult<unknown>) => (result.ok ? undefined : result.error)

function screen(register: TempRegister, clientId: string, answers: ScreeningAnswers, changes: Record<string, unknown> = {}) {
  return register.call('screenings.record', {
    clientId,
    visitAt: NOW,
    timeZone: ZONE,
    zones: ['cheeks'],
    questionnaireVersion: 1,
    answers,
    recordedBy: 'Front desk',
    ...changes
  })
}

const treatmentToday = (clientId: string, changes: Record<string, unknown> = {}) => ({
  clientId,
  performedAt: NOW,
  timeZone: ZONE,
  zones: [{ zone: 'cheeks' as const, depthMm: 1 }],
  ...changes
})

describe('the screening questionnaire', () => {
  it('starts as the shipped default, and each save is a new version with every earlier one kept', async () => {
    const { register } = await aRegister()
    const first = await register.ok('screening.current', {})
    expect(first).toMatchObject({ version: 1, questionnaire: DEFAULT_QUESTIONNAIRE })
    const shorter = { ...DEFAULT_QUESTIONNAIRE, name: 'Our screening', questions: DEFAULT_QUESTIONNAIRE.questions.slice(0, 3) }
    const saved = await register.ok('screening.save', { questionnaire: shorter, note: 'Shorter', createdBy: 'Maria' })
    expect(saved).toMatchObject({ version: 2, note: 'Shorter', createdBy: 'Maria', questionnaire: shorter })
    expect((await register.ok('screening.versions', {})).map((version) => version.version)).toEqual([2, 1])
    expect((await register.ok('screening.get', { version: 1 })).questionnaire).toEqual(DEFAULT_QUESTIONNAIRE)
    expect((await register.ok('screening.restoreDefaults', { createdBy: 'Maria' })).version).toBe(3)
  })

  it.each([
    ['a stop question without its reason', { ifYes: { outcome: 'stop', reason: { en: ' ', es: 'Embarazo.' } } }, 'Write what this answer means in English'],
    ['a second question with the same id', { id: 'infection_or_wound' }, 'Two questions have the id "infection_or_wound"'],
    ['a waiting time of -1 days', { kind: 'last-date', windows: [{ within: { amount: -1, unit: 'days' }, outcome: 'defer', reason: { en: 'Wait.' } }] }, 'A waiting time is at least 1 day']
  ])('refuses %s, saving nothing', async (_what, change, message) => {
    const { register } = await aRegister()
    const [first, second] = DEFAULT_QUESTIONNAIRE.questions
    const questions = [first, { ...second, ...change }] as typeof DEFAULT_QUESTIONNAIRE.questions
    const result = await register.call('screening.save', { questionnaire: { ...DEFAULT_QUESTIONNAIRE, questions }, createdBy: 'Maria' })
    expect(refusal(result)?.code).toBe('invalid_input')
    expect(Object.values(refusal(result)?.fields ?? {})).toContainEqual(expect.stringContaining(message))
    expect((await register.ok('screening.versions', {})).map((version) => version.version)).toEqual([1])
  })

  it('reads a version stored in format 1, English only, as format 2: the shipped English with its translations', async () => {
    const { register } = await aRegister()
    const ours = asFormat1(DEFAULT_QUESTIONNAIRE) as { questions: { id: string; text: string }[] }
    ours.questions.find((question) => question.id === 'diabetes')!.text = 'Do you have diabetes of any type?'
    await register.database.db
      .insertInto('questionnaires')
      .values({ version: 1, body: JSON.stringify(ours), note: 'Before languages', created_by: 'Maria', created_at: '2026-11-01T09:00:00.000Z' })
      .execute()
    const { questionnaire } = await register.ok('screening.current', {})
    expect(questionnaire.format).toBe(2)
    const text = (id: string) => questionnaire.questions.find((question) => question.id === id)?.text
    expect(text('pregnant')).toEqual(DEFAULT_QUESTIONNAIRE.questions.find((question) => question.id === 'pregnant')?.text)
    expect(text('diabetes')).toEqual({ en: 'Do you have diabetes of any type?' })
  })
})

describe('a visit screened', () => {
  it('keeps the answers with their outcome, reasons and the first day the visit may go ahead', async () => {
    const { register, client } = await aRegister()
    const answers = { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), dermal_filler: daysAgo(3) }
    const screening = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1, answers, recordedBy: 'Front desk'
    })
    expect(screening).toMatchObject({
      clientId: client.id,
      visitAt: NOW,
      radiofrequency: false,
      zones: ['cheeks'],
      outcome: 'defer',
      notBefore: Temporal.PlainDate.from(daysAgo(3)).add({ days: 14 }).toString(),
      reasons: [{ outcome: 'defer', questionId: 'dermal_filler' }]
    })
    expect(await register.ok('screenings.listForClient', { clientId: client.id })).toEqual([screening])
    const [entry] = await latestAbout(register, 'screening')
    expect(entry).toMatchObject({ action: 'create', subjectId: screening.id, details: { outcome: 'defer', questionnaireVersion: 1 } })
  })

  it('keeps its reasons as the desk was told them, in the desk’s language at the time', async () => {
    const { register, client } = await aRegister()
    const answers = { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), pregnant: true }
    setWordsLanguage('de')
    try {
      const screening = await register.ok('screenings.record', {
        clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1, answers, recordedBy: 'Empfang'
      })
      expect(screening.reasons).toEqual([
        { outcome: 'stop', questionId: 'pregnant', text: 'Schwangerschaft: Die Behandlung wird auf die Zeit nach der Schwangerschaft verschoben.' }
      ])
    } finally {
      setWordsLanguage('en')
    }
    const [kept] = await register.ok('screenings.listForClient', { clientId: client.id })
    expect(kept?.reasons[0]?.text).toBe('Schwangerschaft: Die Behandlung wird auf die Zeit nach der Schwangerschaft verschoben.')
  })

  it.each([
    ['an unknown question', { made_up: true }, 'There is no question "made_up"'],
    ['a "last dose" after the visit', { isotretinoin: Temporal.PlainDate.from(TODAY).add({ days: 1 }).toString() }, 'is after the visit'],
    ['a question left out', { pregnant: undefined }, 'Answer the question "Are you pregnant, or could you be?"']
  ])('refuses answers with %s, keeping nothing', async (_what, change, message) => {
    const { register, client } = await aRegister()
    const answers = JSON.parse(JSON.stringify({ ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), ...change })) as ScreeningAnswers
    const result = await screen(register, client.id, answers)
    expect(refusal(result)).toMatchObject({ code: 'invalid_input' })
    expect(refusal(result)?.message).toContain(message)
    expect(await register.ok('screenings.listForClient', { clientId: client.id })).toEqual([])
  })

  it('asks the radiofrequency questions when the clinic lists the device as radiofrequency', async () => {
    const { register, client } = await aRegister()
    await register.ok('settings.update', { name: 'Clinic', devices: [{ name: 'Morpheus8', radiofrequency: true }, { name: 'Pen' }] })
    const plain = nothingToDeclare(DEFAULT_QUESTIONNAIRE)
    expect(refusal(await screen(register, client.id, plain, { device: 'morpheus8' }))?.message).toContain('pacemaker')
    const rf = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1, device: 'Morpheus8',
      answers: { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE, true), rf_implanted_device: true }, recordedBy: 'Front desk'
    })
    expect(rf).toMatchObject({ radiofrequency: true, outcome: 'stop' })
    // A plain screening does not cover a radiofrequency device on the treatment.
    const plainScreening = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1, device: 'Pen', answers: plain, recordedBy: 'Front desk'
    })
    const result = await register.call('treatments.create', treatmentToday(client.id, { device: 'Morpheus8', screeningId: plainScreening.id }))
    expect(refusal(result)?.message).toMatch(/Morpheus8 uses radiofrequency/)
  })

  it('names the same zone treated sooner than the protocol allows, from the register alone', async () => {
    const { register, client } = await aRegister()
    await register.ok('treatments.create', { clientId: client.id, performedAt: `${daysAgo(12)}T10:00`, timeZone: ZONE, zones: [{ zone: 'cheeks', depthMm: 1.5 }] })
    const screening = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks', 'forehead'], questionnaireVersion: 1,
      answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE), recordedBy: 'Front desk'
    })
    expect(screening.outcome).toBe('review')
    expect(screening.reasons).toEqual([
      { outcome: 'review', questionId: null, text: 'Cheeks treated 12 days ago at 1.5 mm: the protocol asks for at least 6 weeks between sessions.' }
    ])
  })
})

describe('a treatment for today', () => {
  it('needs a screening of the visit; one entered after the visit does not, and says so', async () => {
    const { register, client } = await aRegister()
    const unscreened = await register.call('treatments.create', treatmentToday(client.id))
    expect(refusal(unscreened)).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/Screen the client for today’s visit/) })
    expect(await register.ok('treatments.listForClient', { clientId: client.id })).toEqual([])

    const backEntered = await register.ok(
      'treatments.create',
      treatmentToday(client.id, { performedAt: `${daysAgo(1)}T15:00`, zones: [{ zone: 'forehead', depthMm: 0.5 }] })
    )
    expect(backEntered.screening).toBeNull()
    const [entry] = await latestAbout(register, 'treatment')
    expect(entry?.details).toMatchObject({ screening: 'none' })

    const screening = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1,
      answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE), recordedBy: 'Front desk'
    })
    await consentForVisit(register, { clientId: client.id, screeningId: screening.id, zones: [{ zone: 'cheeks', depthMm: 1 }] })
    const treated = await register.ok('treatments.create', treatmentToday(client.id, { screeningId: screening.id }))
    expect(treated.screening).toEqual({ screeningId: screening.id, outcome: 'clear', decidedBy: null, decisionReason: null })
    expect(await register.ok('treatments.get', { id: treated.id })).toEqual(treated)
  })

  it('is refused under a screening of another client or another day', async () => {
    const { register, client } = await aRegister()
    const other = await register.ok('clients.create', { givenName: 'Ben', familyName: 'Carter' })
    const screening = await register.ok('screenings.record', {
      clientId: other.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1,
      answers: nothingToDeclare(DEFAULT_QUESTIONNAIRE), recordedBy: 'Front desk'
    })
    const result = await register.call('treatments.create', treatmentToday(client.id, { screeningId: screening.id }))
    expect(refusal(result)?.message).toMatch(/another visit/)
  })

  it('under a review is saved only with the practitioner’s name and reason', async () => {
    const { register, client } = await aRegister()
    const screening = await register.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1,
      answers: { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), blood_thinners: true }, recordedBy: 'Front desk'
    })
    expect(screening.outcome).toBe('review')
    const withoutDecision = await register.call('treatments.create', treatmentToday(client.id, { screeningId: screening.id }))
    expect(refusal(withoutDecision)).toMatchObject({ code: 'invalid_input', fields: { screeningDecision: expect.any(String) } })
    const decision = { by: 'Dr Sam Cole', reason: 'Low-dose aspirin only; gentle pressure after.' }
    await consentForVisit(register, { clientId: client.id, screeningId: screening.id, zones: [{ zone: 'cheeks', depthMm: 1 }] })
    const treated = await register.ok('treatments.create', treatmentToday(client.id, { screeningId: screening.id, screeningDecision: decision }))
    expect(treated.screening).toMatchObject({ outcome: 'review', decidedBy: 'Dr Sam Cole', decisionReason: decision.reason })
    const [entry] = await latestAbout(register, 'treatment')
    expect(entry?.details).toMatchObject({ screening: 'review', decidedBy: 'Dr Sam Cole', screeningId: screening.id })
  })

  it('under a stop goes ahead only for the owner or a doctor, under their own name', async () => {
    const { register, client } = await aRegister()
    const deskTable = deskHandlerTable(register.database, 'Desk (front)', undefined, { whenNotSetUp: 'ask' })
    const desk = callsOf(deskTable)
    await desk.ok('desk.setUp', { signIn: 'staff', ownerName: 'Maria Lopez', pin: '482913' })
    const jo = await desk.ok('staff.create', { name: 'Jo Reyes', role: 'reception', pin: '1234' })
    const pat = await desk.ok('staff.create', { name: 'Pat Green', role: 'practitioner', pin: '2345' })
    const sam = await desk.ok('staff.create', { name: 'Dr Sam Cole', role: 'practitioner', doctor: true, pin: '5678' })
    expect(sam.doctor).toBe(true)
    const screening = await desk.ok('screenings.record', {
      clientId: client.id, visitAt: NOW, timeZone: ZONE, zones: ['cheeks'], questionnaireVersion: 1,
      answers: { ...nothingToDeclare(DEFAULT_QUESTIONNAIRE), isotretinoin: daysAgo(30) }, recordedBy: 'Front desk'
    })
    expect(screening.outcome).toBe('stop')
    await consentForVisit(desk, { clientId: client.id, screeningId: screening.id, zones: [{ zone: 'cheeks', depthMm: 1 }] })
    const decision = { by: 'Someone else', reason: 'Dermatologist’s letter of 2 March: course ended early, skin healed.' }
    const attempt = (who: { id: string }, pin: string) => async () => {
      await desk.ok('desk.lock', { reason: 'switch' })
      await desk.ok('desk.signIn', { staffId: who.id, pin })
      return desk.call('treatments.create', treatmentToday(client.id, { screeningId: screening.id, screeningDecision: decision }))
    }
    for (const [person, pin] of [[jo, '1234'], [pat, '2345']] as const) {
      const refused = await attempt(person, pin)()
      expect(refusal(refused)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/Only the clinic owner or a doctor/) })
    }
    const treated = await attempt(sam, '5678')()
    expect(treated.ok && treated.value.screening).toMatchObject({ outcome: 'stop', decidedBy: 'Dr Sam Cole', decisionReason: decision.reason })
  })

  it('needs no screening once the owner turns it off, and the audit log says who did', async () => {
    const { register, client } = await aRegister()
    const settings = await register.ok('settings.get', {})
    await register.ok('settings.update', { ...settings, screeningRequired: false })
    const [turnedOff] = await latestAbout(register, 'clinic')
    expect(turnedOff?.details).toEqual({ screeningRequired: false })
    const treated = await register.ok('treatments.create', treatmentToday(client.id))
    expect(treated.screening).toBeNull()
    await register.ok('settings.update', { ...settings, screeningRequired: false, name: 'Renamed' })
    const [renamed] = await latestAbout(register, 'clinic')
    expect(renamed?.details).toEqual({})
  })
})
