import type { HandoutLanguage } from '../register/vocabulary'
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

// The clinic has no country setting yet: the language its handouts are printed in stands in
// for its region. It is a hint (Spanish is written with decimal points in Mexico): when the
// clinic says its country, this is the one place that reads it instead.
const BY_LANGUAGE: Record<HandoutLanguage, CsvConventions> = {
  en: COMMAS_AND_POINTS,
  es: SEMICOLONS_AND_DECIMAL_COMMAS,
  fr: SEMICOLONS_AND_DECIMAL_COMMAS,
  de: SEMICOLONS_AND_DECIMAL_COMMAS
}

/** The delimiter and decimal mark the clinic's spreadsheets expect in a CSV file. */
export function csvConventionsFor(clinic: Pick<ClinicSettings, 'defaultLanguage'>): CsvConventions {
  return BY_LANGUAGE[clinic.defaultLanguage]
}

/** A decimal number as the region writes it in a CSV file: 1.5 or 1,5 (never a thousands separator). */
export function decimalInRegion(value: number, conventions: CsvConventions): string {
  const written = String(value)
  return conventions.decimalMark === '.' ? written : written.replace('.', ',')
}
