import { REGION } from '../format/region'

const FORMAT = new Intl.DateTimeFormat(REGION, { dateStyle: 'medium', timeStyle: 'short' })

/** When a handout was given, in the desk's own time: "29 Nov 2026, 14:30". */
export function formatGivenAt(instant: string): string {
  return FORMAT.format(new Date(instant))
}
