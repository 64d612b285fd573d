import { z } from 'zod'
import { refusal } from '../words/refusal'
import type { ScreeningOutcome } from './questionnaire'

/**
 * A review confirmed, or a stop or defer let through: by whom and why. Where staff sign in, a
 * stop is let through only by the owner or a doctor signed in, and their own name is kept.
 */
export const screeningDecisionSchema = z.object({
  by: z
    .string(refusal('screening.decision.by.missing'))
    .trim()
    .min(1, refusal('screening.decision.by.missing'))
    .max(100, refusal('staff.name.tooLong', { max: 100 })),
  reason: z
    .string(refusal('screening.decision.reason.missing'))
    .trim()
    .min(1, refusal('screening.decision.reason.missing'))
    .max(1000, refusal('screening.decision.reason.tooLong'))
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
