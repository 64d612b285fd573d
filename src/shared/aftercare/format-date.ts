import { Temporal } from 'temporal-polyfill'

/**
 * Dates as a patient reads them: a plan's, a consent's, their data's. Each already holds the
 * local wall time, so this only formats it: it never converts between zones or does date arithmetic.
 * `locale` is a language such as "fr" or a regional locale such as "en-GB".
 */

const DAY_STYLE = { weekday: 'long', day: 'numeric', month: 'long' } as const
const TIME_STYLE = { hour: '2-digit', minute: '2-digit' } as const
const FULL_DATE_STYLE = { day: 'numeric', month: 'long', year: 'numeric' } as const

interface Formats {
  day: Intl.DateTimeFormat
  time: Intl.DateTimeFormat
  fullDate: Intl.DateTimeFormat
  fullDateWithWeekday: Intl.DateTimeFormat
}

/**
 * One set of formats per locale, made on first use. Temporal's toLocaleString makes a new
 * Intl.DateTimeFormat for every call, and a handout formats two dozen dates or more (a client's
 * data, one for each entry of its activity). What it does is kept exactly: the wall-clock fields
 * are formatted as that time in UTC.
 */
const formatsByLocale = new Map<string, Formats>()

function formatsFor(locale: string): Formats {
  let formats = formatsByLocale.get(locale)
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat(locale, { ...DAY_STYLE, timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(locale, { ...TIME_STYLE, timeZone: 'UTC' }),
      fullDate: new Intl.DateTimeFormat(locale, { ...FULL_DATE_STYLE, timeZone: 'UTC' }),
      fullDateWithWeekday: new Intl.DateTimeFormat(locale, { ...FULL_DATE_STYLE, weekday: 'long', timeZone: 'UTC' })
    }
    formatsByLocale.set(locale, formats)
  }
  return formats
}

/** The instant at which a UTC clock shows this wall time (Date.UTC would move years 0 to 99). */
function asUtc({ year, month, day }: Temporal.PlainDate, hour = 0, minute = 0): number {
  const moment = new Date(0)
  moment.setUTCFullYear(year, month - 1, day)
  moment.setUTCHours(hour, minute)
  return moment.getTime()
}

/** "Monday 30 November, 14:30" from 2026-11-30T14:30:00+00:00. */
export function formatMilestoneDate(localIsoWithOffset: string, locale: string): string {
  const moment = Temporal.PlainDateTime.from(localIsoWithOffset)
  const { day, time } = formatsFor(locale)
  // Date and time are joined here rather than by Intl, whose joining words change between ICU versions.
  return `${day.format(asUtc(moment.toPlainDate()))}, ${time.format(Date.UTC(1970, 0, 1, moment.hour, moment.minute))}`
}

/** "Monday 30 November" from 2026-11-30 or from a local time with its offset. */
export function formatDay(localIsoDate: string, locale: string): string {
  return formatsFor(locale).day.format(asUtc(Temporal.PlainDate.from(localIsoDate)))
}

/**
 * "12 April 1988", or with its weekday "Saturday 5 December 2026": a record kept for years (a
 * signed consent, a client's data) carries the year of its dates.
 */
export function formatFullDate(localIsoDate: string, locale: string, { weekday = false } = {}): string {
  const { fullDate, fullDateWithWeekday } = formatsFor(locale)
  return (weekday ? fullDateWithWeekday : fullDate).format(asUtc(Temporal.PlainDate.from(localIsoDate)))
}

/** "5 December 2026, 14:30", or with its weekday, from a local date and time. */
export function formatFullDateTime(localIsoDateTime: string, locale: string, options: { weekday?: boolean } = {}): string {
  const moment = Temporal.PlainDateTime.from(localIsoDateTime)
  const time = formatsFor(locale).time.format(Date.UTC(1970, 0, 1, moment.hour, moment.minute))
  return `${formatFullDate(moment.toPlainDate().toString(), locale, options)}, ${time}`
}
