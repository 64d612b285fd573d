import type { DateOrder } from '../format/region'

/**
 * A date of birth as typed at the desk: 1985-03-27 always; 27/03/1985 (or with dots or
 * dashes) in the region's order, so 03/27/1985 where the month comes first. The result is
 * YYYY-MM-DD, not yet checked to be a real day: the shared schema says what is wrong with
 * it. '' when nothing is typed; undefined when the text is no date at all.
 */
export function readDateOfBirth(text: string, order: DateOrder): string | undefined {
  const typed = text.trim()
  if (typed === '') return ''
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(typed)
  if (yearFirst) return isoDate(yearFirst[1], yearFirst[2], yearFirst[3])
  const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(typed)
  if (!yearLast) return undefined
  const [, first, second, year] = yearLast
  return order === 'month-first' ? isoDate(year, first, second) : isoDate(year, second, first)
}

/** A stored date of birth written the way the region types it, for editing. */
export function writeDateOfBirth(isoDate: string | null, order: DateOrder): string {
  if (!isoDate) return ''
  const [year, month, day] = isoDate.split('-')
  if (order === 'year-first') return isoDate
  return order === 'month-first' ? `${month}/${day}/${year}` : `${day}/${month}/${year}`
}

function isoDate(year = '', month = '', day = ''): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
