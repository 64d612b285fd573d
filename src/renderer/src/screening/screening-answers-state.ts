import type { ScreeningQuestion } from '@shared/screening/questionnaire'
import type { ScreeningAnswers } from '@shared/screening/screening-answers'
import { localIsoDate } from '../format/calendar'

/** One question as the dialog holds its answer: nothing yet, yes or no, a date, or "never". */
export type AnswerState = { kind: 'none' } | { kind: 'yes-no'; yes: boolean } | { kind: 'date'; date: Date } | { kind: 'never' }

/** The answers as main reads them; unanswered questions are left out, for main to name. */
export function answersFrom(questions: ScreeningQuestion[], states: Record<string, AnswerState>): ScreeningAnswers {
  const answers: ScreeningAnswers = {}
  for (const question of questions) {
    const state = states[question.id] ?? { kind: 'none' }
    if (state.kind === 'yes-no') answers[question.id] = state.yes
    else if (state.kind === 'date') answers[question.id] = localIsoDate(state.date)
    else if (state.kind === 'never') answers[question.id] = null
  }
  return answers
}

export function unansweredCount(questions: ScreeningQuestion[], states: Record<string, AnswerState>): number {
  return questions.filter((question) => (states[question.id] ?? { kind: 'none' }).kind === 'none').length
}
