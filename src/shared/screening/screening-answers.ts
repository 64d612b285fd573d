import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { isRealIsoDate } from '../dates/calendar-date'
import type { Questionnaire, ScreeningQuestion } from './questionnaire'

/**
 * A visit's answers, by question id: true or false for a yes-no question; for a last-date
 * question the date (YYYY-MM-DD) or null for "never, or too long ago to matter".
 */
export const screeningAnswersSchema = z.record(
  z.string().max(60, 'That question id is too long.'),
  z.union([z.boolean(), z.string().refine(isRealIsoDate, 'Write dates as YYYY-MM-DD, for example 2026-03-01.'), z.null()], {
    error: 'Answer yes or no (true or false), a date as YYYY-MM-DD, or null for never.'
  })
)
export type ScreeningAnswers = z.infer<typeof screeningAnswersSchema>

/** The questions a visit asks: radiofrequency questions only when the device uses it. */
export function questionsFor(questionnaire: Questionnaire, radiofrequency: boolean): ScreeningQuestion[] {
  return questionnaire.questions.filter((question) => radiofrequency || !question.radiofrequencyOnly)
}

/**
 * What is wrong with a set of answers for a visit on `visitDate`, in words for the desk: an
 * unknown question, a question left out, the wrong kind of answer, or a "last time" after the
 * visit. Empty when the answers can be screened.
 */
export function answerProblems(
  questionnaire: Questionnaire,
  answers: ScreeningAnswers,
  visit: { date: string; radiofrequency: boolean }
): string[] {
  const problems: string[] = []
  const known = new Map(questionnaire.questions.map((question) => [question.id, question]))
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push(`There is no question "${id}" in this questionnaire.`)
  }
  for (const question of questionsFor(questionnaire, visit.radiofrequency)) {
    const answer = answers[question.id]
    if (answer === undefined) {
      problems.push(`Answer the question "${question.text}"`)
    } else if (question.kind === 'yes-no' && typeof answer !== 'boolean') {
      problems.push(`Answer yes or no to "${question.text}"`)
    } else if (question.kind === 'last-date' && typeof answer === 'boolean') {
      problems.push(`Give a date, or say never, for "${question.text}"`)
    } else if (typeof answer === 'string' && Temporal.PlainDate.compare(answer, visit.date) > 0) {
      problems.push(`The date for "${question.text}" is after the visit: give the last time it happened.`)
    }
  }
  return problems
}
