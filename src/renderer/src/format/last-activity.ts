import { daysBetween, formatIsoDate, localIsoDate } from './calendar'
import { relativeTimeFormat } from './intl-formats'
import { currentRegion } from './region'

const RECENT_DAYS = 7

/** When a client was last active: "Today", "Yesterday", "3 days ago", then the date. */
export function formatLastActivity(instant: string, now: Date = new Date(), region: string = currentRegion()): string {
  const day = localIsoDate(new Date(instant))
  const daysAgo = daysBetween(day, localIsoDate(now))
  if (daysAgo < 0 || daysAgo >= RECENT_DAYS) return formatIsoDate(day, 'medium', region)
  const words = relativeTimeFormat(region).format(-daysAgo, 'day')
  return words.charAt(0).toLocaleUpperCase(region) + words.slice(1)
}
