import { z } from 'zod'
import { isKnownTimeZone, isRealLocalDateTime } from '../dates/calendar-date'
import { deskUserName } from '../handouts/handout-kinds'
import { clientIdSchema } from '../register/client'
import { MAX_SHORT_TEXT_LENGTH, MAX_STORED_WHOLE_NUMBER, freeText, optional, recordId } from '../register/field-rules'
import { TREATMENT_ZONES, type TreatmentZone } from '../register/vocabulary'
import type { ScreeningOutcome } from './questionnaire'
import { screeningAnswersSchema, type ScreeningAnswers } from './screening-answers'
import type { ScreeningReason } from './screening-outcome'

export const screeningIdSchema = recordId('screening')

export const questionnaireVersionNumber = z
  .number({ error: 'Say which version of the questionnaire was answered.' })
  .int('A version is a whole number.')
  .min(1, 'Versions start at 1.')
  .max(MAX_STORED_WHOLE_NUMBER, 'There is no questionnaire version that high.')

/** A visit's answers, to be screened and kept: the device decides whether radiofrequency questions count. */
export const recordScreeningSchema = z.object({
  clientId: clientIdSchema,
  visitAt: z
    .string({ error: 'Enter the date and time of the visit.' })
    .refine(isRealLocalDateTime, 'Enter a real visit date and time, for example 2026-11-30T14:30.'),
  timeZone: z.string().refine(isKnownTimeZone, 'That time zone is not known, for example Europe/London.'),
  device: optional(freeText('device', MAX_SHORT_TEXT_LENGTH)),
  zones: z
    .array(z.enum(TREATMENT_ZONES, 'Choose a treatment zone from the list.'))
    .min(1, 'Choose the zones planned for this visit.')
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
