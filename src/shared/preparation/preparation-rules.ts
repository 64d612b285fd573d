import { z } from 'zod'
import { DURATION_UNITS } from '../aftercare/duration'
import type { HandoutLanguage } from '../register/vocabulary'

/**
 * How a patient gets ready for a visit, as the clinic's data: the rules of the "Before your
 * appointment" sheet with how long before the appointment each starts, what to bring, and when
 * to call to move the visit. It is a section of the screening questionnaire, so it is versioned,
 * exported and imported with it.
 */

/** A sentence in every handout language; English is required, and any language left out prints in English. */
const otherLanguage = z.string().trim().max(400, 'Keep each text under 400 characters.').optional()

export const preparationTextSchema = z.object(
  {
    en: z
      .string({ error: 'Write the English text: it is printed wherever another language has none.' })
      .trim()
      .min(1, 'Write the English text: it is printed wherever another language has none.')
      .max(400, 'Keep each text under 400 characters.'),
    es: otherLanguage,
    fr: otherLanguage,
    de: otherLanguage
  } satisfies Record<HandoutLanguage, z.ZodType>,
  'Write the text in English, and in Spanish, French or German if you like.'
)
export type PreparationText = z.infer<typeof preparationTextSchema>

/** The text in `language`, else in English. */
export function preparationText(text: PreparationText, language: HandoutLanguage): string {
  const translated = language === 'en' ? undefined : text[language]
  return translated && translated.trim() !== '' ? translated : text.en
}

/**
 * How long before the appointment a rule starts. Hours count elapsed time; days and weeks count
 * calendar days in the clinic's zone (as aftercare rules do, duration.ts).
 */
export const preparationWindowSchema = z.object({
  amount: z
    .number({ error: 'Enter how many hours, days or weeks before the appointment.' })
    .int('Use a whole number of hours, days or weeks.')
    .min(1, 'A rule starts at least 1 hour, day or week before the appointment; a negative or zero time is not allowed.')
    .max(365, 'Use at most 365 hours, days or weeks.'),
  unit: z.enum(DURATION_UNITS, 'Choose hours, days or weeks.')
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
  { error: 'Say when the rule applies: before, on-the-day or always.' }
)
export type PreparationTiming = z.infer<typeof timingSchema>

export const preparationRuleSchema = z.object({
  id: z
    .string({ error: 'Give each rule an id, like stop_retinol.' })
    .regex(/^[a-z][a-z0-9_]{0,59}$/, 'A rule id uses lower-case letters, digits and underscores, like stop_retinol.'),
  timing: timingSchema,
  text: preparationTextSchema
})
export type PreparationRule = z.infer<typeof preparationRuleSchema>

export const preparationSchema = z
  .object({
    rules: z
      .array(preparationRuleSchema, 'List the preparation rules.')
      .min(1, 'Give the preparation sheet at least one rule.')
      .max(40, 'A preparation sheet can have at most 40 rules.'),
    bring: z.array(preparationTextSchema).max(12, 'List at most 12 things to bring.').default([]),
    callToMove: z.array(preparationTextSchema).max(12, 'List at most 12 reasons to call.').default([])
  })
  .superRefine((preparation, context) => {
    const seen = new Set<string>()
    preparation.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `Two preparation rules have the id "${rule.id}": give each rule its own id.`
        })
      }
      seen.add(rule.id)
    })
  })
export type Preparation = z.infer<typeof preparationSchema>
