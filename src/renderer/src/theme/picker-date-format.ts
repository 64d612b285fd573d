/** PrimeVue's pattern letters for each part of a date written in numbers: yy is the full year. */
const PICKER_LETTERS: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { day: 'dd', month: 'mm', year: 'yy' }

/**
 * The date picker's pattern in the region's own order and separators: 22/11/2001 in the UK,
 * 11/22/2001 in the US, 22.11.2001 in Germany, 2001-11-22 in Sweden. A day typed the region's
 * way is read, and a chosen one is shown as people there write it.
 */
export function pickerDateFormat(region: string): string {
  return new Intl.DateTimeFormat(region, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2001, 10, 22))
    .map((part) => PICKER_LETTERS[part.type] ?? (part.type === 'literal' ? part.value : ''))
    .join('')
}
