const pad = (value: number): string => String(value).padStart(2, '0')

/** Today's date on this computer's calendar, as YYYY-MM-DD: what a file the desk saves is named after. */
export function localIsoDate(date: Date = new Date()): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The time on this computer's clock, as HH:MM: what the browser's own time field holds. */
export function localIsoTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}
