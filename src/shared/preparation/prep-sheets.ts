import { z } from 'zod'
import { PAPER_SIZES, type PaperSize } from '../clinic/clinic-settings'
import { isKnownTimeZone, isRealLocalDateTime } from '../dates/calendar-date'
import { deskUserName } from '../handouts/handout-kinds'
import { clientIdSchema } from '../register/client'
import { HANDOUT_LANGUAGES, type HandoutLanguage } from '../register/vocabulary'
import { refusal } from '../words/refusal'

/** "Before your appointment" as a one-page PDF, or as a calendar file for the patient's phone. */
export const PREP_SHEET_FORMATS = ['pdf', 'ics'] as const
export type PrepSheetFormat = (typeof PREP_SHEET_FORMATS)[number]

/**
 * A request for a client's preparation sheet for one appointment: its local date and time in the
 * clinic's zone; the language defaults to the client's, the paper to the clinic's.
 */
export const producePrepSheetSchema = z.object({
  clientId: clientIdSchema,
  appointmentAt: z
    .string(refusal('prepSheet.appointment.missing'))
    .refine(isRealLocalDateTime, refusal('prepSheet.appointment.notReal')),
  timeZone: z.string().refine(isKnownTimeZone, refusal('treatment.timeZone.unknown')),
  format: z.enum(PREP_SHEET_FORMATS, refusal('prepSheet.format')).default('pdf'),
  language: z.enum(HANDOUT_LANGUAGES, refusal('prepSheet.language')).optional(),
  paper: z.enum(PAPER_SIZES, refusal('clinic.paper.invalid')).optional(),
  producedBy: deskUserName
})

/** One line of the preparation sheet log: what a patient was given for which appointment, when, by whom. */
export interface PrepSheetLogEntry {
  id: string
  clientId: string
  format: PrepSheetFormat
  /** Local YYYY-MM-DDTHH:MM in `timeZone`. */
  appointmentAt: string
  timeZone: string
  questionnaireVersion: number
  language: HandoutLanguage
  paper: PaperSize | null
  producedAt: string
  producedBy: string
  /** SHA-256 of the file, hex. */
  sha256: string
  /** SHA-256 of the content as printed, in reading order. */
  contentSha256: string
  layoutVersion: number
}

export interface ProducedPrepSheet {
  entry: PrepSheetLogEntry
  fileName: string
  mimeType: 'application/pdf' | 'text/calendar'
  bytes: Uint8Array
}
