import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import type { ClinicCountry } from '../clinic/clinic-country'
import { countryName } from '../clinic/clinic-country'
import { words } from '../words/words'
import { wordsLanguage } from '../words/words-language'

/**
 * Phone numbers are kept in E.164 (+447700900123) and shown the way people write them in the
 * clinic's country. The library's "min" metadata is enough: a number is accepted when its
 * length is possible for its country, not only when it falls in a range the metadata already
 * lists, so an offline desk never refuses a real number from a range allocated after its release.
 */

/** Why a typed number was not read. */
export type PhoneNumberProblem = 'unreadable' | 'extension'

/** A typed number as E.164, read in the clinic's country unless it starts with + or 00 and a country code. */
export function readPhoneNumber(typed: string, country: ClinicCountry): { e164: string } | { problem: PhoneNumberProblem } {
  const parsed = parsePhoneNumberFromString(typed, country)
  if (!parsed || !parsed.isPossible()) return { problem: 'unreadable' }
  // E.164 has no room for an extension, and dropping it would lose what was typed.
  if (parsed.ext) return { problem: 'extension' }
  return { e164: parsed.number }
}

/** The desk's message for a number it could not read. */
export function phoneNumberMessage(problem: PhoneNumberProblem, country: ClinicCountry): string {
  return problem === 'extension'
    ? words('client.phone.extension')
    : words('client.phone.invalid', { country: countryName(country, wordsLanguage()) })
}

/**
 * A stored number as the desk shows it: national for a number the clinic dials without a
 * country code (07700 900123 in the United Kingdom), international for any other
 * (+33 6 12 34 56 78). Countries sharing a calling code (+1, +44) dial each other nationally.
 * A number kept as typed because it could not be read is shown as typed, and flagged.
 */
export function phoneNumberForDisplay(stored: string, country: ClinicCountry): { text: string; readable: boolean } {
  if (!isStoredPhoneNumber(stored)) return { text: stored, readable: false }
  const parsed = parsePhoneNumberFromString(stored)
  if (!parsed) return { text: stored, readable: false }
  return { text: parsed.countryCallingCode === getCountryCallingCode(country) ? parsed.formatNational() : parsed.formatInternational(), readable: true }
}

/** Whether a stored number is in E.164: anything else was kept as typed because it could not be read. */
export function isStoredPhoneNumber(stored: string): boolean {
  const parsed = /^\+[1-9]\d{1,14}$/.test(stored) ? parsePhoneNumberFromString(stored) : undefined
  return parsed !== undefined && parsed.number === stored && parsed.isPossible()
}

/** A stored number as it is printed and shown, or null when there is none. */
export function phoneAsWritten(stored: string | null, country: ClinicCountry): string | null {
  return stored === null ? null : phoneNumberForDisplay(stored, country).text
}
