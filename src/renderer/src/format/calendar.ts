import { dateTimeFormat } from './intl-formats'
import { currentRegion } from './region'

/** Calendar dates written YYYY-MM-DD, shown in words in the region's style. */

function utcMidnight(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}

/** "12 March 1985" (long) or "12 Mar 1985" (medium), in the region's order. */
export function formatIsoDate(isoDate: string, style: 'long' | 'medium' | 'full' = 'long', region: string = currentRegion()): string {
  // The date is a calendar day, not an instant: formatted at UTC midnight, in UTC, it cannot shift.
  return dateTimeFormat(region, { dateStyle: style, timeZone: 'UTC' }).format(utcMidnight(isoDate))
}

export { localIsoDate } from '@shared/dates/local-iso-date'

/** Whole years from a date of birth to a day: the age on that day. */
export function ageOn(dateOfBirth: string, isoDate: string): number {
  const years = Number(isoDate.slice(0, 4)) - Number(dateOfBirth.slice(0, 4))
  // MM-DD compares as text: before the birthday, this year's does not count yet.
  return isoDate.slice(5) < dateOfBirth.slice(5) ? years - 1 : years
}

/** Calendar days from one YYYY-MM-DD date to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000)
}

/** A wall-clock time written HH:MM, as the region writes it: "14:30" or "2:30 PM". */
export function formatWallTime(hoursAndMinutes: string, region: string = currentRegion()): string {
  const [hours = 0, minutes = 0] = hoursAndMinutes.split(':').map(Number)
  return dateTimeFormat(region, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 1, hours, minutes))
}
