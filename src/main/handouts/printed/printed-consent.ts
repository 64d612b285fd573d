import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { ConsentSectionId } from '@shared/consent/consent-form'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { Fact } from './printed-content'

/**
 * A signed consent as printed: the form's words in the client's language, the client, the
 * plan, the screening's outcome and both signatures, resolved to the text shown. Kept packed
 * with its entry, so a reprint draws exactly this again, whatever the form or the client's
 * record says by then.
 */
export interface PrintedConsent {
  kind: 'consent'
  language: HandoutLanguage
  paper: PaperSize
  /** When it was signed (UTC): the file's creation date, so a reprint is identical. */
  producedAt: string
  fileNamePatient: string
  fileTitle: string
  author: string
  clinic: { name: string; details: string }
  title: string
  /** "Consent form, version 3": which words were signed. */
  formVersion: string
  patientName: string
  /** Name, date of birth and contact, label over value. */
  patient: Fact[]
  plan: { title: string; facts: Fact[] }
  screening: { title: string; outcome: Fact; reasons: string[] }
  /** The form's sections, radiofrequency lines included where the device uses it. */
  sections: { id: ConsentSectionId; heading: string; paragraphs: string[] }[]
  photoChoices: { text: string; chosen: boolean }[]
  signatures: {
    patient: PrintedSignature
    practitioner: PrintedSignature
    signedAt: Fact
  }
  footer: string
  page: string
}

export interface PrintedSignature {
  /** "Client's signature". */
  label: string
  name: string
  /** The signature as drawn: a PNG, base64. */
  pngBase64: string
}
