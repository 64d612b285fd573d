import { Temporal } from 'temporal-polyfill'

/**
 * Dates of a plan as a patient reads them. The plan already holds the local wall time, so this
 * only formats it: it never converts between zones or does date arithmetic.
 * `locale` is a language such as "fr" or a regional locale such as "en-GB".
 */

const DAY_STYLE = { weekday: 'long', day: 'numeric', month: 'long' } as const
const TIME_STYLE = { hour: '2-digit', minute: '2-digit' } as const

/** "Monday 30 November, 14:30" from 2026-11-30T14:30:00+00:00. */
export function formatMilestoneDate(localIsoWithOffset: string, locale: string): string {
  const moment = Temporal.PlainDateTime.from(localIsoWithOffset)
  // Date and time are joined here rather than by Intl, whose joining words change between ICU versions.
  return `${moment.toPlainDate().toLocaleString(locale, DAY_STYLE)}, ${moment.toPlainTime().toLocaleString(locale, TIME_STYLE)}`
}

/** "Monday 30 November" from 2026-11-30 or from a local time with its offset. */
export function formatDay(localIsoDate: string, locale: string): string {
  return Temporal.PlainDate.from(localIsoDate).toLocaleString(locale, DAY_STYLE)
}
