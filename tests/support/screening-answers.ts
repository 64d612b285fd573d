import { questionsFor, type ScreeningAnswers } from '../../src/shared/screening/screening-answers'
import type { Questionnaire } from '../../src/shared/screening/questionnaire'

/** Every question answered "no" or "never": a client with nothing to declare. */
export function nothingToDeclare(questionnaire: Questionnaire, radiofrequency = false): ScreeningAnswers {
  return Object.fromEntries(
    questionsFor(questionnaire, radiofrequency).map((question) => [question.id, question.kind === 'yes-no' ? false : null])
  )
}
