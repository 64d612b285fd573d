import { dateTimeFormat } from './intl-formats'

/**
 * A time of day as the desk's region writes it ("14:30", "2:30 PM") and as people type it
 * ("14:30", "14.30", "14 h 30", "1430", "2:30 pm"), kept as HH:MM on a 24-hour clock. The
 * browser's own time box follows the computer's language rather than the desk's, so a German
 * desk on an English computer showed "2:30 PM".
 */

const HH_MM = /^(\d{2}):(\d{2})$/
const TYPED = /^(\d{1,2})(?:\s*[:.h]\s*(\d{2})?)?\s*(am|pm)?$/
const DIGITS_ONLY = /^(\d{1,2})(\d{2})\s*(am|pm)?$/

/** HH:MM written as the region writes a time; anything else is returned as it is. */
export function writeTimeOfDay(time: string, region: string): string {
  const parts = HH_MM.exec(time)
  if (!parts) return time
  const at = Date.UTC(2000, 0, 1, Number(parts[1]), Number(parts[2]))
  return dateTimeFormat(region, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at)
}

/** The time typed, as HH:MM; undefined when it reads as no time of day. */
export function readTimeOfDay(typed: string): string | undefined {
  const text = typed
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/([ap])\.?\s?m\.?/, '$1m')
    .trim()
  const parts = DIGITS_ONLY.exec(text) ?? TYPED.exec(text)
  if (!parts) return undefined
  const [, hourText, minuteText = '00', half] = parts
  let hour = Number(hourText)
  const minute = Number(minuteText)
  if (minute > 59) return undefined
  if (half) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half === 'pm' ? 12 : 0)
  } else if (hour > 23) {
    return undefined
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}
