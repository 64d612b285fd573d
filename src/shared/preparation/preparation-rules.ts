import { z } from 'zod'
import { DURATION_UNITS } from '../aftercare/duration'
import { translatedTextSchema } from '../text/translated-text'
import { refusal } from '../words/refusal'
import { words } from '../words/words'

/**
 * How a patient gets ready for a visit, as the clinic's data: the rules of the "Before your
 * appointment" sheet with how long before the appointment each starts, what to bring, and when
 * to call to move the visit. It is a section of the screening questionnaire, so it is versioned,
 * exported and imported with it.
 */

/** A sentence in every handout language; English is required, and any language left out prints in English. */
export const preparationTextSchema = translatedTextSchema({
  most: 400,
  refusals: { missing: 'preparation.text.missing', englishMissing: 'preparation.text.englishMissing', tooLong: 'preparation.text.tooLong' }
})

/**
 * How long before the appointment a rule starts. Hours count elapsed time; days and weeks count
 * calendar days in the clinic's zone (as aftercare rules do, duration.ts).
 */
export const preparationWindowSchema = z.object({
  amount: z
    .number(refusal('preparation.window.missing'))
    .int(refusal('duration.whole'))
    .min(1, refusal('preparation.window.tooShort'))
    .max(365, refusal('preparation.window.tooLong')),
  unit: z.enum(DURATION_UNITS, refusal('duration.unit'))
})
export type PreparationWindow = z.infer<typeof preparationWindowSchema>

/**
 * When a rule applies: from a time before the appointment, on the day itself, or whenever
 * (no date: "keep taking prescribed blood thinners").
 */
const timingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('before'), window: preparationWindowSchema }),
    z.object({ kind: z.literal('on-the-day') }),
    z.object({ kind: z.literal('always') })
  ],
  refusal('preparation.timing')
)
export type PreparationTiming = z.infer<typeof timingSchema>

export const preparationRuleSchema = z.object({
  id: z
    .string(refusal('preparation.rule.id.missing'))
    .regex(/^[a-z][a-z0-9_]{0,59}$/, refusal('preparation.rule.id.format')),
  timing: timingSchema,
  text: preparationTextSchema
})
export type PreparationRule = z.infer<typeof preparationRuleSchema>

export const preparationSchema = z
  .object({
    rules: z
      .array(preparationRuleSchema, refusal('preparation.rules.missing'))
      .min(1, refusal('preparation.rules.none'))
      .max(40, refusal('preparation.rules.tooMany')),
    bring: z.array(preparationTextSchema).max(12, refusal('preparation.bring.tooMany')).default([]),
    callToMove: z.array(preparationTextSchema).max(12, refusal('preparation.call.tooMany')).default([])
  })
  .superRefine((preparation, context) => {
    const seen = new Set<string>()
    preparation.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: words('preparation.rule.id.twice', { id: rule.id })
        })
      }
      seen.add(rule.id)
    })
  })
export type Preparation = z.infer<typeof preparationSchema>
