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

const hasAtMostTwoDecimals = (value: number): boolean =>
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-9

export const needleDepthMm = z
  .number({ error: 'Enter the needle depth in millimetres, for example 0.5.' })
  .min(NEEDLE_DEPTH_MM.min, `The needle depth must be at least ${NEEDLE_DEPTH_MM.min} mm.`)
  .max(NEEDLE_DEPTH_MM.max, `The needle depth can be at most ${NEEDLE_DEPTH_MM.max.toFixed(1)} mm.`)
  .refine(hasAtMostTwoDecimals, 'The needle depth can have at most two decimals, like 0.25.')

export const treatedZoneSchema = z.object({
  zone: z.enum(TREATMENT_ZONES, 'Choose a treatment zone from the list.'),
  depthMm: needleDepthMm
})

const performedAt = z
  .string({ error: 'Enter the date and time of the treatment.' })
  .refine(isRealLocalDateTime, {
    error: 'Enter a real treatment date and time, for example 2026-11-30T14:30.'
  })

export const treatmentFieldsSchema = z
  .object({
    clientId: clientIdSchema,
    performedAt,
    timeZone: z.string().refine(isKnownTimeZone, 'That time zone is not known, for example Europe/London.'),
    practitioner: optional(freeText('The practitioner name', MAX_SHORT_TEXT_LENGTH)),
    device: optional(freeText('The device name', MAX_SHORT_TEXT_LENGTH)),
    concerns: z
      .array(z.enum(TREATMENT_CONCERNS, 'Choose the concerns from the list.'))
      .default([])
      .transform((concerns) => [...new Set(concerns)]),
    zones: z
      .array(treatedZoneSchema)
      .min(1, 'Add at least one zone with its needle depth.')
      .refine((zones) => new Set(zones.map((z) => z.zone)).size === zones.length, {
        error: 'Each zone can be listed once: change the depth on the existing row instead.'
      }),
    products: optional(freeText('Products', MAX_NOTES_LENGTH)),
    notes: notesText,
    /** The visit's screening (screenings.record); needed for a treatment today while the clinic requires screening. */
    screeningId: z.string().max(40, 'That is not a screening of this register.').nullish().transform((id) => id?.toUpperCase() ?? null),
    /** Who confirmed a review, or let a stop or defer go ahead, and why. */
    screeningDecision: screeningDecisionSchema.nullish().transform((decision) => decision ?? null),
    sessionNumber: z
      .number()
      .int('The session number must be a whole number.')
      .min(1, 'The session number starts at 1.')
      .max(99, 'The session number can be at most 99.')
      .nullish()
      .transform((n) => n ?? null)
  })
  .superRefine((treatment, context) => {
    const canCheck = isRealLocalDateTime(treatment.performedAt) && isKnownTimeZone(treatment.timeZone)
    if (canCheck && compareIsoDates(treatment.performedAt.slice(0, 10), todayIn(treatment.timeZone)) > 0) {
      context.addIssue({
        code: 'custom',
        path: ['performedAt'],
        message: "A treatment can't be recorded for a future date."
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
