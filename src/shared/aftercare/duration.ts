import type { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'
import { refusal } from '../words/refusal'
import { wordsIn } from '../words/words'
import { wordsLanguage } from '../words/words-language'

/**
 * How long an aftercare rule lasts, with its unit written in the data.
 * Hours count elapsed time; days and weeks count calendar days in the treatment's zone and keep
 * the clock time, so across a daylight-saving change "24 hours" and "1 day" differ by an hour.
 */

export const DURATION_UNITS = ['hours', 'days', 'weeks'] as const
export type DurationUnit = (typeof DURATION_UNITS)[number]

export const MAX_DURATION_AMOUNT = 999

export const ruleDurationSchema = z.object({
  amount: z
    .number(refusal('duration.missing'))
    .int(refusal('duration.whole'))
    .min(0, refusal('duration.negative'))
    .max(MAX_DURATION_AMOUNT, refusal('duration.tooLong', { max: MAX_DURATION_AMOUNT })),
  unit: z.enum(DURATION_UNITS, refusal('duration.unit'))
})
export type RuleDuration = z.infer<typeof ruleDurationSchema>

/** The moment `times` lots of `duration` after `from`. */
export function addDuration(
  from: Temporal.ZonedDateTime,
  duration: RuleDuration,
  times = 1
): Temporal.ZonedDateTime {
  const amount = duration.amount * times
  switch (duration.unit) {
    case 'hours':
      return from.add({ hours: amount })
    case 'days':
      return from.add({ days: amount })
    case 'weeks':
      return from.add({ weeks: amount })
  }
}

/**
 * Compares two durations: negative when `a` is shorter. Null when one counts elapsed hours and
 * the other calendar days, since which is longer then depends on daylight saving.
 */
export function compareDurations(a: RuleDuration, b: RuleDuration): number | null {
  if (countsElapsedTime(a) !== countsElapsedTime(b)) return null
  return sizeInOwnUnits(a) - sizeInOwnUnits(b)
}

/** "24 hours", "1 day", "6 weeks": for messages to the clinic, in the desk's language unless told. */
export function describeDuration({ amount, unit }: RuleDuration, language: HandoutLanguage = wordsLanguage()): string {
  const form = new Intl.PluralRules(language).select(amount) === 'one' ? 'one' : 'other'
  return wordsIn(language, `duration.${unit}.${form}`, { count: amount })
}

function countsElapsedTime(duration: RuleDuration): boolean {
  return duration.unit === 'hours'
}

function sizeInOwnUnits({ amount, unit }: RuleDuration): number {
  return unit === 'weeks' ? amount * 7 : amount
}
