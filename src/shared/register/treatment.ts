import { z } from 'zod'
import { compareIsoDates, isKnownTimeZone, isRealLocalDateTime, todayIn } from '../dates/calendar-date'
import { screeningDecisionSchema, type TreatmentScreening } from '../screening/screening-decision'
import { clientIdSchema } from './client'
import { MAX_NOTES_LENGTH, MAX_SHORT_TEXT_LENGTH, freeText, notesText, optional, recordId } from './field-rules'
import {
  NEEDLE_DEPTH_MM,
  TREATMENT_CONCERNS,
  TREATMENT_ZONES,
  type TreatmentConcern,
  type TreatmentZone
} from './vocabulary'
import { refusal } from '../words/refusal'
import { words } from '../words/words'

const hasAtMostTwoDecimals = (value: number): boolean =>
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-9

export const needleDepthMm = z
  .number(refusal('treatment.depth.missing', { example: 0.5 }))
  .min(NEEDLE_DEPTH_MM.min, refusal('treatment.depth.tooShallow', { min: NEEDLE_DEPTH_MM.min }))
  .max(NEEDLE_DEPTH_MM.max, refusal('treatment.depth.tooDeep', { max: NEEDLE_DEPTH_MM.max }))
  .refine(hasAtMostTwoDecimals, refusal('treatment.depth.decimals', { example: 0.25 }))

export const treatedZoneSchema = z.object({
  zone: z.enum(TREATMENT_ZONES, refusal('treatment.zone.invalid')),
  depthMm: needleDepthMm
})

const performedAt = z
  .string(refusal('treatment.performedAt.missing'))
  .refine(isRealLocalDateTime, refusal('treatment.performedAt.notReal'))

export const treatmentFieldsSchema = z
  .object({
    clientId: clientIdSchema,
    performedAt,
    timeZone: z.string().refine(isKnownTimeZone, refusal('treatment.timeZone.unknown')),
    practitioner: optional(freeText('practitioner', MAX_SHORT_TEXT_LENGTH)),
    device: optional(freeText('device', MAX_SHORT_TEXT_LENGTH)),
    concerns: z
      .array(z.enum(TREATMENT_CONCERNS, refusal('treatment.concerns.invalid')))
      .default([])
      .transform((concerns) => [...new Set(concerns)]),
    zones: z
      .array(treatedZoneSchema)
      .min(1, refusal('treatment.zones.none'))
      .refine((zones) => new Set(zones.map((z) => z.zone)).size === zones.length, refusal('treatment.zones.twice')),
    products: optional(freeText('products', MAX_NOTES_LENGTH)),
    notes: notesText,
    /** The visit's screening (screenings.record); needed for a treatment today while the clinic requires screening. */
    screeningId: z.string().max(40, refusal('treatment.screening.unknown')).nullish().transform((id) => id?.toUpperCase() ?? null),
    /** Who confirmed a review, or let a stop or defer go ahead, and why. */
    screeningDecision: screeningDecisionSchema.nullish().transform((decision) => decision ?? null),
    sessionNumber: z
      .number()
      .int(refusal('treatment.session.whole'))
      .min(1, refusal('treatment.session.tooLow'))
      .max(99, refusal('treatment.session.tooHigh', { max: 99 }))
      .nullish()
      .transform((n) => n ?? null)
  })
  .superRefine((treatment, context) => {
    const canCheck = isRealLocalDateTime(treatment.performedAt) && isKnownTimeZone(treatment.timeZone)
    if (canCheck && compareIsoDates(treatment.performedAt.slice(0, 10), todayIn(treatment.timeZone)) > 0) {
      context.addIssue({
        code: 'custom',
        path: ['performedAt'],
        message: words('treatment.performedAt.future')
      })
    }
  })
export type TreatmentFields = z.input<typeof treatmentFieldsSchema>

export interface TreatedZone {
  zone: TreatmentZone
  depthMm: number
}

/** A treatment as stored: the local time it happened and the zone it happened in. */
export interface Treatment {
  id: string
  clientId: string
  /** Local date and time, YYYY-MM-DDTHH:MM, in `timeZone`. */
  performedAt: string
  timeZone: string
  practitioner: string | null
  device: string | null
  concerns: TreatmentConcern[]
  zones: TreatedZone[]
  /** The deepest zone decides the aftercare band. */
  deepestDepthMm: number
  products: string | null
  notes: string
  sessionNumber: number | null
  /** How the visit was screened; null when back-entered, imported or recorded before screening. */
  screening: TreatmentScreening | null
  createdAt: string
}

export const treatmentIdSchema = recordId('treatment')
