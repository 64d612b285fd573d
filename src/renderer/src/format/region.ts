import { numberFormat } from './intl-formats'

/**
 * The computer's regional setting (en-GB, en-US, de-DE...), which decides how dates and
 * numbers look; the language of the words is vue-i18n's business.
 */
export const REGION: string = navigator.languages?.[0] ?? navigator.language ?? 'en-GB'

export type DateOrder = 'day-first' | 'month-first' | 'year-first'

/** How the region writes a date in numbers: 22/11/2001, 11/22/2001 or 2001/11/22. */
export function regionalDateOrder(region: string = REGION): DateOrder {
  const order = new Intl.DateTimeFormat(region, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(Date.UTC(2001, 10, 22))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year')
  if (order[0] === 'year') return 'year-first'
  return order[0] === 'month' ? 'month-first' : 'day-first'
}

/** A count as the region writes it: 100,000 or 100.000. */
export function formatCount(count: number, region: string = REGION): string {
  return numberFormat(region).format(count)
}
