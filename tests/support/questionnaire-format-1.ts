import type { Questionnaire } from '../../src/shared/screening/questionnaire'

/**
 * A questionnaire as format 1 stored it, before the questions had languages: each question and
 * reason one English string. The registers made before format 2 hold such versions.
 */
export function asFormat1(questionnaire: Questionnaire): Record<string, unknown> {
  return {
    ...structuredClone(questionnaire),
    format: 1,
    questions: questionnaire.questions.map((question) => ({
      ...structuredClone(question),
      text: question.text.en,
      ...(question.kind === 'yes-no'
        ? { ifYes: { ...question.ifYes, reason: question.ifYes.reason.en } }
        : { windows: question.windows.map((window) => ({ ...window, reason: window.reason.en })) })
    }))
  }
}
