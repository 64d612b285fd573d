import { z } from 'zod'
import { DEFAULT_PREPARATION } from '../preparation/default-preparation'
import { preparationSchema } from '../preparation/preparation-rules'

/**
 * The clinic's screening questionnaire: what the desk asks before the needle, and what each
 * answer means for today's visit. It is data the clinic edits and stores as JSON, versioned
 * like the aftercare protocol, so this schema is where a clinic's mistakes are caught.
 */

/** Bumped when the shape of a stored questionnaire changes. */
export const QUESTIONNAIRE_FORMAT = 1

/** What an answer can mean for today's visit, from least to most serious. */
export const SCREENING_OUTCOMES = ['clear', 'review', 'defer', 'stop'] as const
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number]

export const WINDOW_UNITS = ['days', 'weeks', 'months'] as const
export type WindowUnit = (typeof WINDOW_UNITS)[number]

/** How long after something a visit must wait, counted in calendar days, weeks or months. */
export const waitWindowSchema = z.object({
  amount: z
    .number({ error: 'Enter a number of days, weeks or months.' })
    .int('Use a whole number of days, weeks or months.')
    .min(1, 'A waiting time is at least 1 day, week or month.')
    .max(120, 'Use at most 120 days, weeks or months.'),
  unit: z.enum(WINDOW_UNITS, 'Choose days, weeks or months.')
})
export type WaitWindow = z.infer<typeof waitWindowSchema>

const questionId = z
  .string({ error: 'Give each question an id, like cold_sore_now.' })
  .regex(/^[a-z][a-z0-9_]{0,59}$/, 'A question id uses lower-case letters, digits and underscores, like cold_sore_now.')

const questionText = z
  .string({ error: 'Write the question.' })
  .trim()
  .min(1, 'Write the question.')
  .max(300, 'Keep a question under 300 characters.')

/** What the desk is told when the answer counts: in plain words, why and what to do. */
const reasonText = z
  .string({ error: 'Write what this answer means for the visit.' })
  .trim()
  .min(1, 'Write what this answer means for the visit.')
  .max(300, 'Keep the reason under 300 characters.')

const commonFields = {
  id: questionId,
  text: questionText,
  /** Clients tick "no" all the way down: the screen asks the desk to ask this one aloud. */
  askAloud: z.boolean().default(false),
  /** Asked only when the visit's device uses radiofrequency. */
  radiofrequencyOnly: z.boolean().default(false)
}

/** A yes or no question: "yes" gives a STOP (do not treat today) or a REVIEW (a practitioner decides). */
const yesNoQuestionSchema = z.object({
  ...commonFields,
  kind: z.literal('yes-no'),
  ifYes: z.object({
    outcome: z.enum(['stop', 'review'], 'A "yes" answer gives stop or review.'),
    reason: reasonText
  })
})

/**
 * "When did you last…?": answered with a date, or "never" (or so long ago it does not count).
 * Each window that has not yet passed since that date applies; the most serious one counts.
 */
const lastDateQuestionSchema = z.object({
  ...commonFields,
  kind: z.literal('last-date'),
  windows: z
    .array(
      z.object({
        within: waitWindowSchema,
        outcome: z.enum(['stop', 'defer', 'review'], 'A window gives stop, defer or review.'),
        reason: reasonText
      })
    )
    .min(1, 'Give the question at least one waiting time.')
    .max(5, 'Give a question at most 5 waiting times.')
})

export const screeningQuestionSchema = z.discriminatedUnion('kind', [yesNoQuestionSchema, lastDateQuestionSchema], {
  error: 'Each question is either yes-no or last-date.'
})
export type ScreeningQuestion = z.infer<typeof screeningQuestionSchema>

export const questionnaireSchema = z
  .object({
    format: z.literal(
      QUESTIONNAIRE_FORMAT,
      `This questionnaire is in a format this version of Aftercare Desk can't read (expected format ${QUESTIONNAIRE_FORMAT}).`
    ),
    name: z
      .string({ error: 'Give the questionnaire a name.' })
      .trim()
      .min(1, 'Give the questionnaire a name.')
      .max(100, 'The questionnaire name can be at most 100 characters.'),
    questions: z
      .array(screeningQuestionSchema, 'Add the questions.')
      .min(1, 'Add at least one question.')
      .max(100, 'A questionnaire can have at most 100 questions.'),
    /**
     * How the patient gets ready for the visit: the "Before your appointment" sheet. Questionnaires
     * stored before it existed (format 1 all the same) read with the shipped preparation.
     */
    preparation: preparationSchema.default(DEFAULT_PREPARATION)
  })
  .superRefine((questionnaire, context) => {
    const seen = new Set<string>()
    questionnaire.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `Two questions have the id "${question.id}": give each question its own id.`
        })
      }
      seen.add(question.id)
    })
  })
export type Questionnaire = z.infer<typeof questionnaireSchema>
