import { dateTimeFormat } from './intl-formats'
import { formatLastActivity } from './last-activity'
import { currentRegion } from './region'

/** An instant's time of day on this computer, as the region writes it: "14:30" or "2:30 PM". */
export function formatTimeOfDay(instant: string, region: string = currentRegion()): string {
  return dateTimeFormat(region, { timeStyle: 'short' }).format(new Date(instant))
}

/** An instant on this computer, in words: the day ("Today", "Yesterday", "3 days ago", then the date) and the time. */
export function formatWhen(instant: string, now: Date = new Date(), region: string = currentRegion()): { day: string; time: string } {
  return { day: formatLastActivity(instant, now, region), time: formatTimeOfDay(instant, region) }
}

/** An instant on this computer, as a date and time: "29 Nov 2026, 14:30". */
export function formatDateTime(instant: string, region: string = currentRegion()): string {
  return dateTimeFormat(region, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant))
}
