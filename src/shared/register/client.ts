import { z } from 'zod'
import type { ClinicCountry } from '../clinic/clinic-country'
import { HANDOUT_LANGUAGES, SKIN_TYPES, type HandoutLanguage, type SkinType } from './vocabulary'
import { dateOfBirth, emailAddress, notesText, optional, personName, phoneNumberIn, phoneText, recordId } from './field-rules'
import { refusal } from '../words/refusal'

/** What the desk enters for a client, as it travels to main (the phone as typed: see clientFieldsIn). */
export const clientFieldsSchema = z.object({
  givenName: personName('givenName'),
  familyName: personName('familyName'),
  dateOfBirth: optional(dateOfBirth),
  phone: optional(phoneText),
  email: optional(emailAddress),
  skinType: optional(z.enum(SKIN_TYPES, refusal('client.skinType.invalid'))),
  language: z
    .enum(HANDOUT_LANGUAGES, refusal('client.language.invalid'))
    .default('en'),
  notes: notesText
})
export type ClientFields = z.input<typeof clientFieldsSchema>

/** The client's fields with the phone read in the clinic's country: what the form checks and main saves. */
export function clientFieldsIn(country: ClinicCountry) {
  return clientFieldsSchema.extend({ phone: optional(phoneNumberIn(country)) })
}

export const clientIdSchema = recordId('client')

/** A client as stored in the register. */
export interface Client {
  id: string
  givenName: string
  familyName: string
  dateOfBirth: string | null
  phone: string | null
  email: string | null
  skinType: SkinType | null
  language: HandoutLanguage
  notes: string
  archived: boolean
  createdAt: string
  updatedAt: string
  /** The later of the last change and the last treatment; orders search results. */
  lastActivityAt: string
  /** Raised by every save of the details: an edit is saved only over the version it started from. */
  version: number
}
