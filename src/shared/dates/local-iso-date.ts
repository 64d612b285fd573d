/** Today's date on this computer's calendar, as YYYY-MM-DD: what a file the desk saves is named after. */
export function localIsoDate(date: Date = new Date()): string {
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
