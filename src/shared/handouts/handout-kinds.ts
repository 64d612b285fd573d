import { z } from 'zod'
import { PAPER_SIZES, type PaperSize } from '../clinic/clinic-settings'
import { HANDOUT_LANGUAGES, type HandoutLanguage } from '../register/vocabulary'
import { recordId } from '../register/field-rules'
import { treatmentIdSchema } from '../register/treatment'
import { refusal } from '../words/refusal'

/** What can be given to a patient: the handout, the 14-day calendar, or a calendar file. */
export const HANDOUT_KINDS = ['handout', 'calendar', 'ics'] as const
export type HandoutKind = (typeof HANDOUT_KINDS)[number]

export const deskUserName = z
  .string()
  .trim()
  .min(1, refusal('handout.givenBy.missing'))
  .max(100, refusal('handout.givenBy.tooLong'))

/** A request to produce a handout; paper and language default to the clinic's and the client's. */
export const produceHandoutSchema = z.object({
  treatmentId: treatmentIdSchema,
  kind: z.enum(HANDOUT_KINDS, refusal('handout.kind.invalid')).default('handout'),
  paper: z.enum(PAPER_SIZES, refusal('clinic.paper.invalid')).optional(),
  language: z.enum(HANDOUT_LANGUAGES, refusal('client.language.invalid')).optional(),
  producedBy: deskUserName
})

export const reprintHandoutSchema = z.object({
  entryId: recordId('handout'),
  producedBy: deskUserName
})

/** One line of the handout log: what a patient was given, when, by whom. */
export interface HandoutLogEntry {
  id: string
  treatmentId: string
  clientId: string
  kind: HandoutKind
  protocolVersion: number
  language: HandoutLanguage
  paper: PaperSize | null
  producedAt: string
  producedBy: string
  /** SHA-256 of the file, hex: a reprint in the same layout proves itself identical by it. */
  sha256: string
  /** SHA-256 of the content as printed, in reading order: a reprint in a new layout proves by it that it says the same. */
  contentSha256: string | null
  /** The version of the layout that drew the file; null for an entry from before layouts were versioned whose content is not yet rebuilt. */
  layoutVersion: number | null
  reprintOf: string | null
  /** A reprint is the identical file, or the same content drawn in the layout of the day. */
  reprint: HandoutReprint | null
}

export type HandoutReprint = 'identical' | 'current layout'

/** A produced file with its log entry. */
export interface ProducedHandout {
  entry: HandoutLogEntry
  fileName: string
  mimeType: 'application/pdf' | 'text/calendar'
  bytes: Uint8Array
}
