import { ref } from 'vue'
import { deskRegion } from '@shared/desk-language/desk-region'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { numberFormat } from './intl-formats'

/** The computer's regional setting (en-GB, en-US, de-AT...). */
const COMPUTER_LOCALE: string = navigator.languages?.[0] ?? navigator.language ?? 'en-GB'

// Reactive, so what a screen shows is written again when the desk's language changes.
const region = ref(COMPUTER_LOCALE)

/**
 * The region that decides how dates and numbers look (and how names sort): the computer's own
 * when it is in the desk's language, else the language's home region. The words are vue-i18n's business.
 */
export function currentRegion(): string {
  return region.value
}

export function followDeskLanguage(language: HandoutLanguage): void {
  region.value = deskRegion(language, COMPUTER_LOCALE)
}

export type DateOrder = 'day-first' | 'month-first' | 'year-first'

/** How the region writes a date in numbers: 22/11/2001, 11/22/2001 or 2001/11/22. */
export function regionalDateOrder(region: string = currentRegion()): DateOrder {
  const order = new Intl.DateTimeFormat(region, { day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(Date.UTC(2001, 10, 22))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year')
  if (order[0] === 'year') return 'year-first'
  return order[0] === 'month' ? 'month-first' : 'day-first'
}

/** A count as the region writes it: 100,000 or 100.000. */
export function formatCount(count: number, region: string = currentRegion()): string {
  return numberFormat(region).format(count)
}
