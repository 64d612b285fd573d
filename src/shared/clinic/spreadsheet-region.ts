import type { DateOrder } from '../register/client-import'
import type { ClinicCountry } from './clinic-country'
import type { ClinicSettings } from './clinic-settings'

/** How a CSV file is written for the spreadsheets of the clinic's region. */
export interface CsvConventions {
  /** Between the values of a row. */
  delimiter: ',' | ';'
  /** Between the whole and the decimal part of a number (1.5 or 1,5). */
  decimalMark: '.' | ','
}

/** English-speaking regions: what Excel, Numbers and LibreOffice expect there. */
export const COMMAS_AND_POINTS: CsvConventions = { delimiter: ',', decimalMark: '.' }
/** Where the comma is the decimal mark, Excel splits a CSV's rows at semicolons, not commas. */
export const SEMICOLONS_AND_DECIMAL_COMMAS: CsvConventions = { delimiter: ';', decimalMark: ',' }

// What the clinic's country writes, from the region data Intl carries (the country's most
// spoken language there: de-CH writes 1.5, de-AT 1,5), never from a list kept by hand.
function localeOf(country: ClinicCountry): string {
  const { language, region } = new Intl.Locale('und', { region: country }).maximize()
  return `${language}-${region ?? country}`
}

/** The delimiter and decimal mark the clinic's spreadsheets expect in a CSV file. */
export function csvConventionsFor(clinic: Pick<ClinicSettings, 'country'>): CsvConventions {
  const decimal = new Intl.NumberFormat(localeOf(clinic.country)).formatToParts(1.5).find((part) => part.type === 'decimal')
  return decimal?.value === ',' ? SEMICOLONS_AND_DECIMAL_COMMAS : COMMAS_AND_POINTS
}

/** How the clinic's country writes a date in numbers: month first in the United States, else day first. */
export function dateOrderIn(country: ClinicCountry): DateOrder {
  const parts = new Intl.DateTimeFormat(localeOf(country), { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(2020, 11, 31))
  const fields = parts.map((part) => part.type)
  // Year-first countries (Japan, Canada) never write the year last, so day first reads their files' d/m/y dates.
  return fields.indexOf('month') < fields.indexOf('day') && fields.indexOf('year') > fields.indexOf('day') ? 'MDY' : 'DMY'
}

/** A decimal number as the region writes it in a CSV file: 1.5 or 1,5 (never a thousands separator). */
export function decimalInRegion(value: number, conventions: CsvConventions): string {
  const written = String(value)
  return conventions.decimalMark === '.' ? written : written.replace('.', ',')
}
