import { describe, expect, it } from 'vitest'
import { DEFAULT_PREPARATION } from '../../../src/shared/preparation/default-preparation'
import { preparationSchedule } from '../../../src/shared/preparation/preparation-dates'
import { preparationSchema, type PreparationRule } from '../../../src/shared/preparation/preparation-rules'
import { textIn } from '../../../src/shared/text/translated-text'
import { asFormat1 } from '../../support/questionnaire-format-1'
import { DEFAULT_QUESTIONNAIRE } from '../../../src/shared/screening/default-questionnaire'
import { questionnaireSchema } from '../../../src/shared/screening/questionnaire'

const LONDON = 'Europe/London'
const LONG_AGO = '2026-01-01T00:00:00Z'

const before = (id: string, amount: number, unit: 'hours' | 'days' | 'weeks'): PreparationRule => ({
  id,
  timing: { kind: 'before', window: { amount, unit } },
  text: { en: id }
})

function starts(rules: PreparationRule[], appointmentAt: string, now = LONG_AGO, zone = LONDON) {
  return Object.fromEntries(preparationSchedule({ rules }, appointmentAt, zone, now).dated.map((dated) => [dated.rule.id, dated.start]))
}

describe('the dates of the preparation for an appointment', () => {
  it('counts days and weeks as calendar days and hours as elapsed time', () => {
    const schedule = preparationSchedule(DEFAULT_PREPARATION, '2026-04-02T14:00', LONDON, LONG_AGO)
    expect(schedule.appointment).toEqual({ date: '2026-04-02', time: '14:00', instant: '2026-04-02T13:00:00Z' })
    const byId = Object.fromEntries(schedule.dated.map((dated) => [dated.rule.id, dated.start]))
    expect(byId.stop_retinoids).toEqual({ kind: 'day', date: '2026-03-26' })
    expect(byId.protect_from_sun).toEqual({ kind: 'day', date: '2026-03-19' })
    expect(byId.no_alcohol).toEqual({ kind: 'moment', date: '2026-04-01', time: '14:00', daysBefore: 1 })
    expect(byId.no_shaving).toEqual({ kind: 'on-the-day', date: '2026-04-02' })
    expect(schedule.always.map((rule) => rule.id)).toEqual(['prescribed_blood_thinners', 'cold_sore_antiviral'])
  })

  it('lists the rules earliest first, those starting together in the clinic’s order', () => {
    const schedule = preparationSchedule(DEFAULT_PREPARATION, '2026-04-02T14:00', LONDON, LONG_AGO)
    expect(schedule.dated.map((dated) => dated.rule.id)).toEqual([
      'protect_from_sun',
      'stop_retinoids',
      'stop_exfoliants',
      'no_hair_removal',
      'pause_supplements',
      'no_alcohol',
      'no_shaving',
      'clean_skin'
    ])
  })

  it('across the spring change: 24 hours before is an hour earlier on the clock, a day before keeps the date', () => {
    // The clocks in London went forward at 01:00 on Sunday 29 March 2026.
    const rules = [before('hours_24', 24, 'hours'), before('hours_48', 48, 'hours'), before('day_1', 1, 'days'), before('week_1', 1, 'weeks')]
    expect(starts(rules, '2026-03-29T10:00')).toEqual({
      hours_24: { kind: 'moment', date: '2026-03-28', time: '09:00', daysBefore: 1 },
      hours_48: { kind: 'moment', date: '2026-03-27', time: '09:00', daysBefore: 2 },
      day_1: { kind: 'day', date: '2026-03-28' },
      week_1: { kind: 'day', date: '2026-03-22' }
    })
    // A day later, both sides of the 24 hours are in summer time.
    expect(starts([before('hours_24', 24, 'hours')], '2026-03-30T10:00').hours_24).toMatchObject({ date: '2026-03-29', time: '10:00' })
  })

  it('across the autumn change: 24 hours before is an hour later on the clock', () => {
    // The clocks in London went back at 02:00 on Sunday 25 October 2026.
    expect(starts([before('hours_24', 24, 'hours'), before('day_1', 1, 'days')], '2026-10-25T10:00')).toEqual({
      hours_24: { kind: 'moment', date: '2026-10-24', time: '11:00', daysBefore: 1 },
      day_1: { kind: 'day', date: '2026-10-24' }
    })
  })

  it('reads a time the clocks skipped as the hour after', () => {
    const schedule = preparationSchedule({ rules: [before('h', 2, 'hours')] }, '2026-03-29T01:30', LONDON, LONG_AGO)
    expect(schedule.appointment).toMatchObject({ time: '02:30', instant: '2026-03-29T01:30:00Z' })
    expect(schedule.dated[0]?.start).toEqual({ kind: 'moment', date: '2026-03-28', time: '23:30', daysBefore: 1 })
  })

  it('counts in the clinic’s zone, not in UTC', () => {
    // 00:30 in Madrid is still the evening before in UTC.
    expect(starts([before('day_7', 7, 'days'), before('hours_1', 1, 'hours')], '2026-06-10T00:30', LONG_AGO, 'Europe/Madrid')).toEqual({
      day_7: { kind: 'day', date: '2026-06-03' },
      hours_1: { kind: 'moment', date: '2026-06-09', time: '23:30', daysBefore: 1 }
    })
  })

  it('says which rules should already have begun when the sheet is made, at the exact boundary', () => {
    const rules = [before('day_7', 7, 'days'), before('hours_24', 24, 'hours')]
    const begun = (now: string) =>
      Object.fromEntries(preparationSchedule({ rules }, '2026-04-02T14:00', LONDON, now).dated.map((dated) => [dated.rule.id, dated.begun]))
    // 26 March is still GMT: its first instant is midnight UTC.
    expect(begun('2026-03-25T23:59:59.999Z')).toEqual({ day_7: false, hours_24: false })
    expect(begun('2026-03-26T00:00:00Z')).toEqual({ day_7: true, hours_24: false })
    // 14:00 BST on 1 April is 13:00 UTC.
    expect(begun('2026-04-01T12:59:59.999Z')).toEqual({ day_7: true, hours_24: false })
    expect(begun('2026-04-01T13:00:00Z')).toEqual({ day_7: true, hours_24: true })
  })
})

describe('the preparation as the clinic’s data', () => {
  const refusal = (preparation: unknown) => {
    const result = preparationSchema.safeParse(preparation)
    return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(' ')
  }

  it('accepts the shipped defaults, every text in all four languages', () => {
    expect(refusal(DEFAULT_PREPARATION)).toBeUndefined()
    const texts = [...DEFAULT_PREPARATION.rules.map((rule) => rule.text), ...DEFAULT_PREPARATION.bring, ...DEFAULT_PREPARATION.callToMove]
    for (const text of texts) expect(Object.keys(text).sort()).toEqual(['de', 'en', 'es', 'fr'])
  })

  it.each([
    ['a negative window', { rules: [before('a', -1, 'days')] }, 'negative or zero time is not allowed'],
    ['a window of no time', { rules: [before('a', 0, 'hours')] }, 'negative or zero time is not allowed'],
    ['a rule without English', { rules: [{ id: 'a', timing: { kind: 'on-the-day' }, text: { de: 'Nur Deutsch' } }] }, 'Write the English text'],
    ['a blank English text', { rules: [{ id: 'a', timing: { kind: 'always' }, text: { en: '  ' } }] }, 'Write the English text'],
    ['two rules with one id', { rules: [before('same', 1, 'days'), before('same', 2, 'days')] }, 'Two preparation rules have the id "same"'],
    ['an unknown unit', { rules: [{ ...before('a', 1, 'days'), timing: { kind: 'before', window: { amount: 1, unit: 'months' } } }] }, 'Choose hours, days or weeks.'],
    ['no rules', { rules: [] }, 'at least one rule']
  ])('refuses %s with a clear message', (_what, preparation, message) => {
    expect(refusal(preparation)).toContain(message)
  })

  it('prints a text in the patient’s language, else in English', () => {
    expect(textIn({ en: 'No alcohol.', de: 'Kein Alkohol.' }, 'de')).toBe('Kein Alkohol.')
    expect(textIn({ en: 'No alcohol.', de: 'Kein Alkohol.' }, 'fr')).toBe('No alcohol.')
    expect(textIn({ en: 'No alcohol.', es: ' ' }, 'es')).toBe('No alcohol.')
  })

  it('reads a questionnaire stored before preparation existed, in format 1, with the shipped preparation', () => {
    const stored = asFormat1(DEFAULT_QUESTIONNAIRE)
    delete stored.preparation
    const read = questionnaireSchema.parse(stored)
    expect(read.format).toBe(2)
    expect(read.preparation).toEqual(DEFAULT_PREPARATION)
  })

  it('refuses a questionnaire whose preparation is bad', () => {
    const result = questionnaireSchema.safeParse({ ...DEFAULT_QUESTIONNAIRE, preparation: { rules: [before('a', -2, 'weeks')] } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['preparation', 'rules', 0, 'timing', 'window', 'amount'])
  })
})
