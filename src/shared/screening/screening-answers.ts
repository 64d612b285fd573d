import { Temporal } from 'temporal-polyfill'
import { z } from 'zod'
import { isRealIsoDate } from '../dates/calendar-date'
import { refusal } from '../words/refusal'
import { textIn } from '../text/translated-text'
import { words } from '../words/words'
import { wordsLanguage } from '../words/words-language'
import type { Questionnaire, ScreeningQuestion } from './questionnaire'

/**
 * A visit's answers, by question id: true or false for a yes-no question; for a last-date
 * question the date (YYYY-MM-DD) or null for "never, or too long ago to matter".
 */
export const screeningAnswersSchema = z.record(
  z.string().max(60, refusal('screening.answers.idTooLong')),
  z.union(
    [z.boolean(), z.string().refine(isRealIsoDate, refusal('screening.answers.dateFormat')), z.null()],
    refusal('screening.answers.kind')
  )
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
    if (!known.has(id)) problems.push(words('screening.answers.unknownQuestion', { id }))
  }
  for (const question of questionsFor(questionnaire, visit.radiofrequency)) {
    const answer = answers[question.id]
    // The question as the desk asked it.
    const asked = { question: textIn(question.text, wordsLanguage()) }
    if (answer === undefined) {
      problems.push(words('screening.answers.unanswered', asked))
    } else if (question.kind === 'yes-no' && typeof answer !== 'boolean') {
      problems.push(words('screening.answers.yesOrNo', asked))
    } else if (question.kind === 'last-date' && typeof answer === 'boolean') {
      problems.push(words('screening.answers.dateOrNever', asked))
    } else if (typeof answer === 'string' && Temporal.PlainDate.compare(answer, visit.date) > 0) {
      problems.push(words('screening.answers.afterVisit', asked))
    }
  }
  return problems
}
