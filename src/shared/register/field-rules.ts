import { z } from 'zod'
import { compareIsoDates, isRealIsoDate, todayIn } from '../dates/calendar-date'
import { refusal } from '../words/refusal'
import type { ClinicCountry } from '../clinic/clinic-country'
import { phoneNumberMessage, readPhoneNumber } from './phone-numbers'

/** Field rules shared by the client and treatment schemas; every message is for the person at the desk, in its language. */

export const MAX_NAME_LENGTH = 100
export const MAX_NOTES_LENGTH = 5000
export const MAX_SHORT_TEXT_LENGTH = 100
/** The largest whole number a register column holds on both engines (PostgreSQL's integer). */
export const MAX_STORED_WHOLE_NUMBER = 2_147_483_647

const characterCount = (text: string): number => [...text].length

// Letters and marks of any script, spaces, hyphens, apostrophes, full stops, and the
// zero-width joiners some scripts need. No digits, symbols, emoji or direction overrides.
const NAME_PATTERN = /^(?:[\p{L}\p{M}]|\u200C|\u200D)(?:[\p{L}\p{M} '’ʼ.-]|\u200C|\u200D)*$/u

export function personName(which: 'givenName' | 'familyName') {
  return z
    .string(refusal(`client.${which}.missing`))
    .trim()
    .min(1, refusal(`client.${which}.missing`))
    .refine((name) => characterCount(name) <= MAX_NAME_LENGTH, {
      ...refusal(`client.${which}.tooLong`, { max: MAX_NAME_LENGTH }),
      abort: true
    })
    .refine((name) => NAME_PATTERN.test(name), refusal(`client.${which}.notAName`))
}

/** Optional text: missing, null and blank all mean "not given" and become null. */
export function optional<T extends z.ZodType<unknown, string>>(inner: T) {
  return z
    .string()
    .trim()
    .transform((text) => (text === '' ? null : text))
    .pipe(inner.nullable())
    .nullish()
    .transform((value) => value ?? null)
}

export function freeText(field: 'practitioner' | 'device' | 'products', maxLength: number) {
  return z
    .string()
    .refine((text) => characterCount(text) <= maxLength, refusal(`field.${field}.tooLong`, { max: maxLength }))
}

export const notesText = z
  .string()
  .trim()
  .refine((text) => characterCount(text) <= MAX_NOTES_LENGTH, refusal('field.notes.tooLong', { max: MAX_NOTES_LENGTH }))
  .default('')

export const dateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, refusal('client.dateOfBirth.format'))
  .refine(isRealIsoDate, { ...refusal('client.dateOfBirth.notReal'), abort: true })
  .refine((date) => compareIsoDates(date, todayIn()) <= 0, refusal('client.dateOfBirth.future'))
  .refine((date) => compareIsoDates(date, '1900-01-01') >= 0, refusal('client.dateOfBirth.before1900'))

/**
 * A phone number as given: what travels to main and what the register keeps. Main reads it in
 * the clinic's country (phoneNumberIn) before it is saved; a number an import could not read is
 * kept as it was typed, and flagged where it is shown.
 */
export const phoneText = z.string().max(MAX_SHORT_TEXT_LENGTH, refusal('client.phone.tooLong', { max: MAX_SHORT_TEXT_LENGTH }))

/** A phone number read in the clinic's country, as E.164: +447700900123. */
export function phoneNumberIn(country: ClinicCountry) {
  return phoneText.transform((typed, context) => {
    const read = readPhoneNumber(typed, country)
    if ('e164' in read) return read.e164
    context.addIssue({ code: 'custom', message: phoneNumberMessage(read.problem, country) })
    return z.NEVER
  })
}

export const emailAddress = z
  .string()
  .max(254, refusal('client.email.tooLong'))
  .pipe(z.email(refusal('client.email.invalid')))

/** Record ids are ULIDs: sortable by creation time and unique across desks. */
export function recordId(kind: 'client' | 'treatment' | 'screening' | 'consent' | 'handout') {
  return z
    .string(refusal(`id.${kind}.missing`))
    .trim()
    .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/i, refusal(`id.${kind}.invalid`))
    .transform((id) => id.toUpperCase())
}
