import { z } from 'zod'
import { isKnownTimeZone, isRealLocalDateTime } from '../dates/calendar-date'
import { deskUserName } from '../handouts/handout-kinds'
import { clientIdSchema } from '../register/client'
import { MAX_SHORT_TEXT_LENGTH, MAX_STORED_WHOLE_NUMBER, freeText, optional, recordId } from '../register/field-rules'
import { TREATMENT_ZONES, type TreatmentZone } from '../register/vocabulary'
import { refusal } from '../words/refusal'
import type { ScreeningOutcome } from './questionnaire'
import { screeningAnswersSchema, type ScreeningAnswers } from './screening-answers'
import type { ScreeningReason } from './screening-outcome'

export const screeningIdSchema = recordId('screening')

export const questionnaireVersionNumber = z
  .number(refusal('questionnaire.version.missing'))
  .int(refusal('version.whole'))
  .min(1, refusal('version.fromOne'))
  .max(MAX_STORED_WHOLE_NUMBER, refusal('questionnaire.version.tooHigh'))

/** A visit's answers, to be screened and kept: the device decides whether radiofrequency questions count. */
export const recordScreeningSchema = z.object({
  clientId: clientIdSchema,
  visitAt: z
    .string(refusal('screening.visitAt.missing'))
    .refine(isRealLocalDateTime, refusal('screening.visitAt.notReal')),
  timeZone: z.string().refine(isKnownTimeZone, refusal('treatment.timeZone.unknown')),
  device: optional(freeText('device', MAX_SHORT_TEXT_LENGTH)),
  zones: z
    .array(z.enum(TREATMENT_ZONES, refusal('treatment.zone.invalid')))
    .min(1, refusal('screening.zones.none'))
    .transform((zones) => [...new Set(zones)]),
  questionnaireVersion: questionnaireVersionNumber,
  answers: screeningAnswersSchema,
  recordedBy: deskUserName
})
export type RecordScreeningInput = z.input<typeof recordScreeningSchema>

/** A visit's screening as kept: what was asked, what was answered, and what it meant. */
export interface ScreeningRecord {
  id: string
  clientId: string
  visitAt: string
  timeZone: string
  device: string | null
  radiofrequency: boolean
  zones: TreatmentZone[]
  questionnaireVersion: number
  answers: ScreeningAnswers
  outcome: ScreeningOutcome
  reasons: ScreeningReason[]
  notBefore: string | null
  recordedBy: string
  recordedAt: string
}
