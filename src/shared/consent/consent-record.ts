import { z } from 'zod'
import type { PaperSize } from '../clinic/clinic-settings'
import { isKnownTimeZone } from '../dates/calendar-date'
import { deskUserName } from '../handouts/handout-kinds'
import { clientIdSchema } from '../register/client'
import { MAX_SHORT_TEXT_LENGTH, MAX_STORED_WHOLE_NUMBER, freeText, optional, recordId } from '../register/field-rules'
import { treatedZoneSchema, type TreatedZone } from '../register/treatment'
import { HANDOUT_LANGUAGES, type HandoutLanguage } from '../register/vocabulary'
import type { ScreeningOutcome } from '../screening/questionnaire'
import { screeningIdSchema } from '../screening/screening-record'
import { refusal } from '../words/refusal'
import { consentFormsSchema, PHOTO_CONSENTS, type ConsentForms, type PhotoConsent } from './consent-form'
import { signatureImage } from './signature-image'

export const consentIdSchema = recordId('consent')

export const consentFormVersionNumber = z
  .number(refusal('consentForm.version.missing'))
  .int(refusal('version.whole'))
  .min(1, refusal('version.fromOne'))
  .max(MAX_STORED_WHOLE_NUMBER, refusal('consentForm.version.tooHigh'))

/** A saved version of the consent form: who saved it, when, and why. */
export interface ConsentFormVersionInfo {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

export interface ConsentFormVersion extends ConsentFormVersionInfo {
  forms: ConsentForms
}

const versionNote = z.string().trim().max(500, refusal('version.note.tooLong')).default('')

export const saveConsentFormsSchema = z.object({ forms: consentFormsSchema, note: versionNote, createdBy: deskUserName })

export const restoreDefaultConsentFormsSchema = z.object({ note: versionNote, createdBy: deskUserName })

const practitionerName = z
  .string(refusal('consent.practitioner.missing'))
  .trim()
  .min(1, refusal('consent.practitioner.missing'))
  .max(MAX_SHORT_TEXT_LENGTH, refusal('consent.practitioner.tooLong', { max: MAX_SHORT_TEXT_LENGTH }))

/**
 * A consent signed on screen for a visit: the plan it covers (the screened visit's device and
 * zones with their depths), the client's choice about photographs, and both signatures.
 */
export const signConsentSchema = z.object({
  clientId: clientIdSchema,
  /** The visit's screening: the consent prints its outcome, and holds only while it stays the same. */
  screeningId: screeningIdSchema,
  device: optional(freeText('device', MAX_SHORT_TEXT_LENGTH)),
  zones: z
    .array(treatedZoneSchema)
    .min(1, refusal('consent.zones.none'))
    .refine((zones) => new Set(zones.map((zone) => zone.zone)).size === zones.length, refusal('consent.zones.twice')),
  /** Defaults to the client's language. */
  language: z.enum(HANDOUT_LANGUAGES, refusal('consent.language.invalid')).optional(),
  photoConsent: z.enum(PHOTO_CONSENTS, refusal('consent.photoConsent.invalid')),
  patientSignature: signatureImage('consent.signature.client'),
  practitioner: practitionerName,
  practitionerSignature: signatureImage('consent.signature.practitioner'),
  /** Where the desk is: the time of signing is main's clock, as it reads in this zone. */
  timeZone: z.string().refine(isKnownTimeZone, refusal('treatment.timeZone.unknown')),
  /** Who at the desk produced the signed form. */
  producedBy: deskUserName
})
export type SignConsentInput = z.input<typeof signConsentSchema>

export const reprintConsentSchema = z.object({ consentId: consentIdSchema, producedBy: deskUserName })

/** Does a signed consent cover this planned visit? */
export const consentCheckSchema = z.object({
  clientId: clientIdSchema,
  screeningId: screeningIdSchema,
  device: optional(freeText('device', MAX_SHORT_TEXT_LENGTH))
})

/** A signed consent as listed: what it covers, and the file's hash a reprint is checked against. */
export interface ConsentEntry {
  id: string
  clientId: string
  screeningId: string | null
  formVersion: number
  language: HandoutLanguage
  paper: PaperSize
  device: string | null
  radiofrequency: boolean
  zones: TreatedZone[]
  screeningOutcome: ScreeningOutcome
  photoConsent: PhotoConsent
  practitioner: string
  /** Local date and time of signing, in `timeZone`. */
  signedAt: string
  timeZone: string
  producedBy: string
  producedAt: string
  sha256: string
  layoutVersion: number
}

/** A consent's PDF, with its entry. */
export interface ProducedConsent {
  entry: ConsentEntry
  fileName: string
  mimeType: 'application/pdf'
  bytes: Uint8Array
  /** Set on a reprint: the identical file, checked against the SHA-256 logged at signing. */
  reprint?: 'identical'
}

/** A client's signed consents, newest first, and their latest choice about photographs (null: never asked). */
export interface ClientConsents {
  photoConsent: PhotoConsent | null
  consents: ConsentEntry[]
}

/** Whether a signed consent covers a visit, and if not, why, in words for the desk. */
export type ConsentValidity =
  | { valid: true; consent: ConsentEntry; validUntil: string }
  | { valid: false; reason: string; consent: ConsentEntry | null }
