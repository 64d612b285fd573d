import { Temporal } from 'temporal-polyfill'
import type { DateOrder, DateOrderReason } from '@shared/register/client-import'
import type { ClinicCountry } from '@shared/clinic/clinic-country'
import { dateOrderIn } from '@shared/clinic/spreadsheet-region'
import { words } from '@shared/words/words'

// How dates are written in the files clinics import: 1980-12-31 (and 1980/12/31), day and
// month in either order with slashes, dots or hyphens (31.12.1980, 12/31/1980), maybe followed
// by a time of day that Excel adds to a date it wrote with one (31.12.1980 00:00), and Excel's
// own serial numbers of days (29586 is 31 December 1980).
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/
/**
 * A serial day number of Excel's: days since 30 December 1899 (Excel counts a 29 February 1900
 * that never was, so from March 1900 on this is its count). Five digits only, from 1927 to
 * 2173, so that a year written alone ("1980") is never read as a day in 1905.
 */
const EXCEL_SERIAL = /^\d{5}$/
const EXCEL_EPOCH = Temporal.PlainDate.from('1899-12-30')

/** A date of the file as YYYY-MM-DD, numeric ones read in `order`; undefined when it is no real date. */
export function readDate(written: string, order: DateOrder): string | undefined {
  const text = written.trim()
  const yearFirst = YEAR_FIRST.exec(text)
  if (yearFirst) return realDate(yearFirst[1], yearFirst[2], yearFirst[3])
  const numeric = NUMERIC.exec(text)
  if (numeric) {
    const [, first, , second, year] = numeric
    return order === 'DMY' ? realDate(year, second, first) : realDate(year, first, second)
  }
  if (EXCEL_SERIAL.test(text)) return EXCEL_EPOCH.add({ days: Number(text) }).toString()
  return undefined
}

function realDate(year = '', month = '', day = ''): string | undefined {
  try {
    return Temporal.PlainDate.from({ year: Number(year), month: Number(month), day: Number(day) }, { overflow: 'reject' }).toString()
  } catch {
    return undefined
  }
}

/**
 * The order the file's numeric dates are written in, and why: a date that can only be read one
 * way decides it (31/12/1980 has no 31st month; where both kinds appear, the more common wins
 * and the others are refused as no real dates); else dots (31.12.1980), which nobody writes
 * month first; else as the clinic's country writes dates (month first in the United States, day
 * first in most of the world).
 */
export function guessDateOrder(dates: string[], clinicCountry: ClinicCountry): { order: DateOrder; reason: DateOrderReason } {
  const decided = { DMY: [] as string[], MDY: [] as string[] }
  let dotted: string | undefined
  let ambiguous = false
  for (const written of dates) {
    const numeric = NUMERIC.exec(written.trim())
    if (!numeric) continue
    const [, first, separator, second] = numeric
    if (Number(first) > 12 && Number(second) <= 12) decided.DMY.push(written)
    else if (Number(second) > 12 && Number(first) <= 12) decided.MDY.push(written)
    else ambiguous = true
    if (separator === '.') dotted ??= written
  }
  if (decided.DMY.length > 0 || decided.MDY.length > 0) {
    const order = decided.MDY.length > decided.DMY.length ? 'MDY' : 'DMY'
    return { order, reason: { why: 'file', example: (decided[order][0] ?? '').trim() } }
  }
  if (dotted) return { order: 'DMY', reason: { why: 'dots', example: dotted.trim() } }
  if (!ambiguous) return { order: 'DMY', reason: { why: 'no ambiguous dates' } }
  return { order: dateOrderIn(clinicCountry), reason: { why: 'clinic country', country: clinicCountry } }
}

/**
 * A date of the file to show as it is read: the first whose reading depends on the order
 * (03/04/1990), else the first there is.
 */
export function dateExample(dates: string[], order: DateOrder): { written: string; read?: string } | undefined {
  const written = dates.map((date) => date.trim()).filter(Boolean)
  const dependsOnOrder = (date: string): boolean => {
    const numeric = NUMERIC.exec(date)
    return numeric !== null && numeric[1] !== numeric[3] && Number(numeric[1]) <= 12 && Number(numeric[3]) <= 12
  }
  const example = written.find(dependsOnOrder) ?? written[0]
  if (example === undefined) return undefined
  const read = readDate(example, order)
  return read === undefined ? { written: example } : { written: example, read }
}

/** What the report says of a date it could not read, in the file's terms rather than the form's. */
export function unreadableDateMessage(written: string, order: DateOrder): string {
  const expected = words(order === 'DMY' ? 'import.dayFirstDate' : 'import.monthFirstDate')
  return words('import.dateOfBirthUnreadable', { written, expected })
}
