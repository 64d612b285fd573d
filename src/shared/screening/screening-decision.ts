import { z } from 'zod'
import type { ScreeningOutcome } from './questionnaire'

/**
 * A review confirmed, or a stop or defer let through: by whom and why. Where staff sign in, a
 * stop is let through only by the owner or a doctor signed in, and their own name is kept.
 */
export const screeningDecisionSchema = z.object({
  by: z
    .string({ error: 'Enter the name of the person who decides.' })
    .trim()
    .min(1, 'Enter the name of the person who decides.')
    .max(100, 'A name can be at most 100 characters.'),
  reason: z
    .string({ error: 'Write why the treatment can go ahead.' })
    .trim()
    .min(1, 'Write why the treatment can go ahead.')
    .max(1000, 'Keep the reason under 1000 characters.')
})
export type ScreeningDecision = z.infer<typeof screeningDecisionSchema>

/** How a treatment was screened: null for one back-entered, imported or made before screening. */
export interface TreatmentScreening {
  screeningId: string
  /** For the treatment's own zones and date when it was saved. */
  outcome: ScreeningOutcome
  decidedBy: string | null
  decisionReason: string | null
}
