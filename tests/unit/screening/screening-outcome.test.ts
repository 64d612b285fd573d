import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import { DEFAULT_QUESTIONNAIRE } from '@shared/screening/default-questionnaire'
import { questionnaireSchema, type ScreeningQuestion } from '@shared/screening/questionnaire'
import { answerProblems, questionsFor, type ScreeningAnswers } from '@shared/screening/screening-answers'
import { screeningOutcome, type EarlierTreatment, type ScreeningVisit } from '@shared/screening/screening-outcome'
import { setWordsLanguage } from '@shared/words/words-language'

const VISIT: ScreeningVisit = { date: '2026-03-20', radiofrequency: true, zones: ['cheeks'] }

/** Every question answered "no" or "never": the answers of a client with nothing to declare. */
function nothingToDeclare(radiofrequency = true): ScreeningAnswers {
  return Object.fromEntries(
    questionsFor(DEFAULT_QUESTIONNAIRE, radiofrequency).map((question) => [question.id, question.kind === 'yes-no' ? false : null])
  )
}

const screen = (answers: ScreeningAnswers, visit: ScreeningVisit = VISIT, earlier: EarlierTreatment[] = []) =>
  screeningOutcome(DEFAULT_QUESTIONNAIRE, answers, visit, earlier, DEFAULT_PROTOCOL)

describe('the default questionnaire', () => {
  it('is a questionnaire its own schema accepts', () => {
    expect(questionnaireSchema.parse(DEFAULT_QUESTIONNAIRE)).toEqual(DEFAULT_QUESTIONNAIRE)
  })

  it('is clear when the client has nothing to declare', () => {
    expect(screen(nothingToDeclare())).toEqual({ outcome: 'clear', reasons: [] })
  })

  const yesNoQuestions = DEFAULT_QUESTIONNAIRE.questions.filter(
    (question): question is Extract<ScreeningQuestion, { kind: 'yes-no' }> => question.kind === 'yes-no'
  )
  it.each(yesNoQuestions.map((question) => [question.id, question] as const))('"yes" to %s gives its outcome and reason', (id, question) => {
    const result = screen({ ...nothingToDeclare(), [id]: true })
    expect(result.outcome).toBe(question.ifYes.outcome)
    expect(result.reasons).toEqual([{ outcome: question.ifYes.outcome, questionId: id, text: question.ifYes.reason.en }])
  })

  it('says a reason in the desk’s language: a STOP for pregnancy in German, a wait after filler in French', () => {
    try {
      setWordsLanguage('de')
      expect(screen({ ...nothingToDeclare(), pregnant: true }).reasons).toEqual([
        { outcome: 'stop', questionId: 'pregnant', text: 'Schwangerschaft: Die Behandlung wird auf die Zeit nach der Schwangerschaft verschoben.' }
      ])
      setWordsLanguage('fr')
      expect(screen({ ...nothingToDeclare(), dermal_filler: '2026-03-10' }).reasons[0]?.text).toBe(
        'Produit de comblement dans la zone il y a moins de 14 jours : attendre qu’il soit stabilisé.'
      )
    } finally {
      setWordsLanguage('en')
    }
  })

  it('says a reason the clinic left untranslated in English, whatever the desk’s language', () => {
    const englishOnly = structuredClone(DEFAULT_QUESTIONNAIRE)
    const pregnant = englishOnly.questions.find((question) => question.id === 'pregnant')
    if (pregnant?.kind !== 'yes-no') throw new Error('the default questionnaire asks about pregnancy')
    pregnant.ifYes.reason = { en: 'Pregnancy: not today.', es: ' ' }
    try {
      setWordsLanguage('es')
      const result = screeningOutcome(englishOnly, { ...nothingToDeclare(), pregnant: true }, VISIT, [], DEFAULT_PROTOCOL)
      expect(result.reasons[0]?.text).toBe('Pregnancy: not today.')
    } finally {
      setWordsLanguage('en')
    }
  })

  const dateQuestions = DEFAULT_QUESTIONNAIRE.questions.filter(
    (question): question is Extract<ScreeningQuestion, { kind: 'last-date' }> => question.kind === 'last-date'
  )
  it.each(dateQuestions.map((question) => [question.id, question] as const))(
    '%s: the day before its last window ends it counts, and on the day it ends it is clear',
    (id, question) => {
      const longest = question.windows[question.windows.length - 1]!
      const visit = Temporal.PlainDate.from(VISIT.date)
      const lastTimeEndingToday = visit.subtract({ [longest.within.unit]: longest.within.amount })
      expect(screen({ ...nothingToDeclare(), [id]: lastTimeEndingToday.toString() }).outcome).toBe('clear')
      const oneDayLater = lastTimeEndingToday.add({ days: 1 }).toString()
      const result = screen({ ...nothingToDeclare(), [id]: oneDayLater })
      expect(result.outcome).toBe(longest.outcome)
      expect(result.reasons.map((reason) => reason.questionId)).toEqual([id])
    }
  )
})

const rank = (outcome: string) => ['clear', 'review', 'defer', 'stop'].indexOf(outcome)

describe('waiting times', () => {
  it('filler in the area on 1 March: defer until 15 March, then review until 29 March, then clear', () => {
    const withFiller = { ...nothingToDeclare(), dermal_filler: '2026-03-01' }
    const on = (date: string) => screen(withFiller, { ...VISIT, date })
    expect(on('2026-03-14')).toMatchObject({ outcome: 'defer', notBefore: '2026-03-15' })
    expect(on('2026-03-15').outcome).toBe('review')
    expect(on('2026-03-15').notBefore).toBeUndefined()
    expect(on('2026-03-28').outcome).toBe('review')
    expect(on('2026-03-29').outcome).toBe('clear')
  })

  it('a waiting time that crosses the change to summer time ends on the same calendar day', () => {
    // Europe/London moves its clocks on 29 March 2026; calendar days do not move with them.
    const withPeel = { ...nothingToDeclare(), light_peel_or_laser: '2026-03-20' }
    expect(screen(withPeel, { ...VISIT, date: '2026-04-02' })).toMatchObject({ outcome: 'defer', notBefore: '2026-04-03' })
    expect(screen(withPeel, { ...VISIT, date: '2026-04-03' }).outcome).toBe('clear')
  })

  it('isotretinoin six months before: a stop until the same day six months on, and then clear', () => {
    const answers = { ...nothingToDeclare(), isotretinoin: '2025-09-20' }
    expect(screen(answers, { ...VISIT, date: '2026-03-19' })).toMatchObject({ outcome: 'stop', notBefore: '2026-03-20' })
    expect(screen(answers, { ...VISIT, date: '2026-03-20' }).outcome).toBe('clear')
  })

  it('months at the end of a month end on its last day', () => {
    const answers = { ...nothingToDeclare(), isotretinoin: '2025-08-31' }
    expect(screen(answers, { ...VISIT, date: '2026-02-27' }).notBefore).toBe('2026-02-28')
  })

  it('the day several waits have all passed is the latest of their ends', () => {
    const answers = { ...nothingToDeclare(), dermal_filler: '2026-03-10', hair_removal: '2026-03-18', cold_sore_now: true }
    const result = screen(answers)
    expect(result.outcome).toBe('stop')
    expect(result.notBefore).toBe('2026-03-25')
    expect(result.reasons.map((reason) => reason.outcome)).toEqual(['stop', 'defer', 'defer'])
  })
})

describe('radiofrequency questions', () => {
  it('are not asked for a device without radiofrequency, and answers to them are not needed', () => {
    const plainVisit = { ...VISIT, radiofrequency: false }
    const answers = nothingToDeclare(false)
    expect(Object.keys(answers)).not.toContain('rf_implanted_device')
    expect(answerProblems(DEFAULT_QUESTIONNAIRE, answers, plainVisit)).toEqual([])
    expect(answerProblems(DEFAULT_QUESTIONNAIRE, answers, VISIT)).toContain(
      'Answer the question "Do you have a pacemaker, a defibrillator or any other implanted electronic device?"'
    )
  })

  it('a pacemaker stops a radiofrequency visit and not a plain one', () => {
    const answers = { ...nothingToDeclare(), rf_implanted_device: true }
    expect(screen(answers).outcome).toBe('stop')
    expect(screen(answers, { ...VISIT, radiofrequency: false }).outcome).toBe('clear')
  })
})

describe('the same zone treated again too soon', () => {
  const cheeksAt = (performedAt: string, depthMm = 1.5): EarlierTreatment => ({
    performedAt,
    timeZone: 'Europe/London',
    zones: [{ zone: 'cheeks', depthMm }],
    deepestDepthMm: depthMm
  })

  it('is a review that names the zone, how long ago and the depth', () => {
    // 1.5 mm is the default protocol's deep band: next session from 6 weeks.
    const result = screen(nothingToDeclare(), VISIT, [cheeksAt('2026-03-08T10:00')])
    expect(result).toEqual({
      outcome: 'review',
      reasons: [
        {
          outcome: 'review',
          questionId: null,
          text: 'Cheeks treated 12 days ago at 1.5 mm: the protocol asks for at least 6 weeks between sessions.'
        }
      ]
    })
  })

  it('is said in the desk language, the zone named as the handouts name it', () => {
    setWordsLanguage('de')
    try {
      expect(screen(nothingToDeclare(), VISIT, [cheeksAt('2026-03-08T10:00')]).reasons[0]?.text).toBe(
        'Wangen: vor 12 Tagen mit 1,5 mm behandelt; das Protokoll verlangt mindestens 6 Wochen zwischen zwei Sitzungen.'
      )
    } finally {
      setWordsLanguage('en')
    }
  })

  it('counts from the latest treatment of that zone, and ends on the earliest day of the next session', () => {
    const earlier = [cheeksAt('2025-12-01T10:00'), cheeksAt('2026-02-06T10:00', 0.5)]
    // 0.5 mm is the light band: from 2 weeks, so 20 February.
    expect(screen(nothingToDeclare(), { ...VISIT, date: '2026-02-19' }, earlier).outcome).toBe('review')
    expect(screen(nothingToDeclare(), { ...VISIT, date: '2026-02-20' }, earlier).outcome).toBe('clear')
  })

  it('ignores other zones and later treatments', () => {
    const forehead: EarlierTreatment = { ...cheeksAt('2026-03-15T10:00'), zones: [{ zone: 'forehead', depthMm: 1.5 }] }
    expect(screen(nothingToDeclare(), VISIT, [forehead, cheeksAt('2026-03-25T10:00')]).outcome).toBe('clear')
  })
})

describe('answers the desk cannot screen', () => {
  it('names unknown questions, missing ones, wrong kinds and dates after the visit', () => {
    const answers = { ...nothingToDeclare(), made_up: true, pregnant: '2026-01-01', dermal_filler: true, botulinum_toxin: '2026-03-21' }
    delete (answers as Record<string, unknown>).breastfeeding
    expect(answerProblems(DEFAULT_QUESTIONNAIRE, answers, VISIT)).toEqual([
      'There is no question "made_up" in this questionnaire.',
      'Answer yes or no to "Are you pregnant, or could you be?"',
      'Answer the question "Are you breastfeeding?"',
      'The date for "When did you last have anti-wrinkle injections (botulinum toxin) in the areas we are treating?" is after the visit: give the last time it happened.',
      'Give a date, or say never, for "When did you last have dermal filler in the areas we are treating?"'
    ])
  })
})

describe('any answer set', () => {
  const answerFor = (question: ScreeningQuestion) =>
    question.kind === 'yes-no'
      ? fc.boolean()
      : fc.option(fc.integer({ min: 0, max: 800 }).map((daysBefore) => Temporal.PlainDate.from(VISIT.date).subtract({ days: daysBefore }).toString()))
  const answerSets = fc.record(Object.fromEntries(DEFAULT_QUESTIONNAIRE.questions.map((question) => [question.id, answerFor(question)])))
  const visits = fc.record({ radiofrequency: fc.boolean(), zones: fc.constant(['cheeks'] as ScreeningVisit['zones']), date: fc.constant(VISIT.date) })

  it('is never clear when any answer is a stop, and its outcome is its most serious reason', () => {
    fc.assert(
      fc.property(answerSets, visits, (answers, visit) => {
        const result = screen(answers, visit)
        const anyStop = questionsFor(DEFAULT_QUESTIONNAIRE, visit.radiofrequency).some(
          (question) => question.kind === 'yes-no' && question.ifYes.outcome === 'stop' && answers[question.id] === true
        )
        if (anyStop) expect(result.outcome).toBe('stop')
        expect(result.outcome).toBe(result.reasons[0]?.outcome ?? 'clear')
        for (const reason of result.reasons) expect(rank(reason.outcome)).toBeLessThanOrEqual(rank(result.outcome))
        if (result.notBefore) expect(result.notBefore > visit.date).toBe(true)
      }),
      { numRuns: 500 }
    )
  })
})
