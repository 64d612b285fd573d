import { z } from 'zod'
import { DEFAULT_PREPARATION } from '../preparation/default-preparation'
import { preparationSchema } from '../preparation/preparation-rules'
import { englishTextSchema, translatedTextSchema, type TranslatedText, type TranslatedTextRules } from '../text/translated-text'
import { refusal } from '../words/refusal'
import { words } from '../words/words'
import { shippedTranslationOf } from './shipped-translations'

/**
 * The clinic's screening questionnaire: what the desk asks before the needle, and what each
 * answer means for today's visit. It is data the clinic edits and stores as JSON, versioned
 * like the aftercare protocol, so this schema is where a clinic's mistakes are caught.
 */

/** Bumped when the shape of a stored questionnaire changes. */
export const QUESTIONNAIRE_FORMAT = 2

/** What an answer can mean for today's visit, from least to most serious. */
export const SCREENING_OUTCOMES = ['clear', 'review', 'defer', 'stop'] as const
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number]

export const WINDOW_UNITS = ['days', 'weeks', 'months'] as const
export type WindowUnit = (typeof WINDOW_UNITS)[number]

/** How long after something a visit must wait, counted in calendar days, weeks or months. */
export const waitWindowSchema = z.object({
  amount: z
    .number(refusal('questionnaire.wait.missing'))
    .int(refusal('questionnaire.wait.whole'))
    .min(1, refusal('questionnaire.wait.tooShort'))
    .max(120, refusal('questionnaire.wait.tooLong')),
  unit: z.enum(WINDOW_UNITS, refusal('questionnaire.wait.unit'))
})
export type WaitWindow = z.infer<typeof waitWindowSchema>

const questionId = z
  .string(refusal('questionnaire.question.id.missing'))
  .regex(/^[a-z][a-z0-9_]{0,59}$/, refusal('questionnaire.question.id.format'))

const QUESTION_TEXT: TranslatedTextRules = {
  most: 300,
  refusals: {
    missing: 'questionnaire.question.text.missing',
    englishMissing: 'questionnaire.question.text.englishMissing',
    tooLong: 'questionnaire.question.text.tooLong'
  }
}

/** What the desk is told when the answer counts: in plain words, why and what to do. */
const REASON_TEXT: TranslatedTextRules = {
  most: 300,
  refusals: { missing: 'questionnaire.reason.missing', englishMissing: 'questionnaire.reason.englishMissing', tooLong: 'questionnaire.reason.tooLong' }
}

/**
 * The questions of either format, the same in all but how their words are written: in format 2
 * each text in every language; in format 1 one English string, read as English only.
 */
function questionSchemaWith<Text extends z.ZodType<TranslatedText>>(questionText: Text, reasonText: Text) {
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
      outcome: z.enum(['stop', 'review'], refusal('questionnaire.yes.outcome')),
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
          outcome: z.enum(['stop', 'defer', 'review'], refusal('questionnaire.window.outcome')),
          reason: reasonText
        })
      )
      .min(1, refusal('questionnaire.windows.none'))
      .max(5, refusal('questionnaire.windows.tooMany'))
  })

  return z.discriminatedUnion('kind', [yesNoQuestionSchema, lastDateQuestionSchema], refusal('questionnaire.question.kind'))
}

export const screeningQuestionSchema = questionSchemaWith(translatedTextSchema(QUESTION_TEXT), translatedTextSchema(REASON_TEXT))
export type ScreeningQuestion = z.infer<typeof screeningQuestionSchema>

/** The questionnaire of either format, with the questions of that format. */
function questionnaireSchemaWith<Format extends number, Question extends z.ZodType<ScreeningQuestion>>(format: Format, question: Question) {
  return z.object({
    format: z.literal(format),
    name: z
      .string(refusal('questionnaire.name.missing'))
      .trim()
      .min(1, refusal('questionnaire.name.missing'))
      .max(100, refusal('questionnaire.name.tooLong')),
    questions: z
      .array(question, refusal('questionnaire.questions.missing'))
      .min(1, refusal('questionnaire.questions.none'))
      .max(100, refusal('questionnaire.questions.tooMany')),
    /**
     * How the patient gets ready for the visit: the "Before your appointment" sheet. Questionnaires
     * stored before it existed read with the shipped preparation.
     */
    preparation: preparationSchema.default(DEFAULT_PREPARATION)
  })
}

const questionnaireFormat2Schema = questionnaireSchemaWith(QUESTIONNAIRE_FORMAT, screeningQuestionSchema)
export type Questionnaire = z.output<typeof questionnaireFormat2Schema>

/**
 * Format 1, before the questions had languages: each text one English string. Texts still as
 * the shipped default wrote them read with its translations; a clinic's own read as English only.
 */
const questionnaireFormat1Schema = questionnaireSchemaWith(
  1,
  questionSchemaWith(englishTextSchema(QUESTION_TEXT).transform(shippedTranslationOf), englishTextSchema(REASON_TEXT).transform(shippedTranslationOf))
).transform((questionnaire): Questionnaire => ({ ...questionnaire, format: QUESTIONNAIRE_FORMAT }))

/** A questionnaire as stored, exported or imported: either format reads as the current one. */
export const questionnaireSchema = z
  .discriminatedUnion('format', [questionnaireFormat2Schema, questionnaireFormat1Schema], refusal('questionnaire.format', { format: QUESTIONNAIRE_FORMAT }))
  .superRefine((questionnaire, context) => {
    const seen = new Set<string>()
    questionnaire.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: words('questionnaire.question.id.twice', { id: question.id })
        })
      }
      seen.add(question.id)
    })
  })
