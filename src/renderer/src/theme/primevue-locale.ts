import type { PrimeVueLocaleOptions } from 'primevue/config'
import { i18n } from '../i18n'
import { pickerDateFormat } from './picker-date-format'

/**
 * PrimeVue's built-in words and calendar names, in the desk's language and region, and the
 * labels its components used here give screen readers.
 */
export function primeVueLocale(region: string): Partial<PrimeVueLocaleOptions> {
  const { t } = i18n.global
  const month = (style: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, index) =>
      new Intl.DateTimeFormat(region, { month: style, timeZone: 'UTC' }).format(Date.UTC(2001, index, 1))
    )
  // 2001-01-07 was a Sunday: PrimeVue's day lists start on Sunday.
  const weekday = (style: 'long' | 'short' | 'narrow') =>
    Array.from({ length: 7 }, (_, index) =>
      new Intl.DateTimeFormat(region, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2001, 0, 7 + index))
    )
  return {
    monthNames: month('long'),
    monthNamesShort: month('short'),
    dayNames: weekday('long'),
    dayNamesShort: weekday('short'),
    dayNamesMin: weekday('narrow'),
    firstDayOfWeek: firstDayOfWeek(region),
    dateFormat: pickerDateFormat(region),
    today: t('common.picker.today'),
    clear: t('common.picker.clear'),
    chooseDate: t('common.picker.chooseDate'),
    prevMonth: t('common.picker.previousMonth'),
    nextMonth: t('common.picker.nextMonth'),
    prevYear: t('common.picker.previousYear'),
    nextYear: t('common.picker.nextYear'),
    prevDecade: t('common.picker.previousDecade'),
    nextDecade: t('common.picker.nextDecade'),
    chooseMonth: t('common.picker.chooseMonth'),
    chooseYear: t('common.picker.chooseYear'),
    prevHour: t('common.picker.previousHour'),
    nextHour: t('common.picker.nextHour'),
    prevMinute: t('common.picker.previousMinute'),
    nextMinute: t('common.picker.nextMinute'),
    emptyMessage: t('common.picker.noOptions'),
    emptySearchMessage: t('common.picker.noMatches'),
    accept: t('common.yes'),
    reject: t('common.no'),
    // What screen readers hear; PrimeVue puts its count where {0} is.
    searchMessage: t('common.screenReader.results', { count: '{0}' }),
    selectionMessage: t('common.screenReader.selected', { count: '{0}' }),
    emptySelectionMessage: t('common.screenReader.noneSelected'),
    aria: {
      // Dialog, ConfirmDialog, Toast and Message
      close: t('common.screenReader.close'),
      // TabList's scroll buttons
      previous: t('common.screenReader.previous'),
      next: t('common.screenReader.next'),
      // AutoComplete's list
      listLabel: t('common.screenReader.optionList')
    }
  }
}

function firstDayOfWeek(region: string): number {
  // Intl numbers days 1 (Monday) to 7 (Sunday); PrimeVue 0 (Sunday) to 6.
  const locale = new Intl.Locale(region) as Intl.Locale & { getWeekInfo?: () => { firstDay: number } }
  const firstDay = locale.getWeekInfo?.().firstDay ?? 1
  return firstDay % 7
}
