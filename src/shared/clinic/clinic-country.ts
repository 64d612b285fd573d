import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/min'
import { z } from 'zod'
import { refusal } from '../words/refusal'

/**
 * The country the clinic works in (ISO 3166 alpha-2): how a phone number typed without a
 * country code is read and shown, how a spreadsheet's dates and decimals are written, and
 * which record-keeping rules apply.
 */
export type ClinicCountry = CountryCode

export const clinicCountrySchema = z
  .string(refusal('clinic.country.missing'))
  .trim()
  .toUpperCase()
  .refine((code): code is ClinicCountry => isSupportedCountry(code), refusal('clinic.country.unknown'))
  .transform((code) => code as ClinicCountry)

// When the computer names no region of its own ("en", "de"): the country its language is most
// spoken in, as Intl's likely subtags say (English: US, German: DE); the United Kingdom when even
// that names no country this app knows.
const FALLBACK_COUNTRY: ClinicCountry = 'GB'

/** The country of a locale such as en-GB or de-AT, for a clinic that has not said its own. */
export function countryOfLocale(locale: string): ClinicCountry {
  try {
    const region = new Intl.Locale(locale).maximize().region
    if (region && isSupportedCountry(region)) return region
  } catch {
    // Not a locale at all: fall through.
  }
  return FALLBACK_COUNTRY
}

/** The country of this computer's region settings. */
export function computerCountry(): ClinicCountry {
  return countryOfLocale(Intl.DateTimeFormat().resolvedOptions().locale)
}

/** A country's name as the desk reads it: "the United Kingdom", "France". */
export function countryName(country: string, language = 'en'): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country
}
