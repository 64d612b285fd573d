import { describe, expect, it } from 'vitest'
import { DEFAULT_QUESTIONNAIRE } from '@shared/screening/default-questionnaire'
import { questionnaireSchema, type Questionnaire, type ScreeningQuestion } from '@shared/screening/questionnaire'
import type { TranslatedText } from '@shared/text/translated-text'
import { asFormat1 } from '../../support/questionnaire-format-1'

/** Every text of a questionnaire with where it is: the question's text and what each answer means. */
function textsOf(questionnaire: Questionnaire): { at: string; text: TranslatedText }[] {
  return questionnaire.questions.flatMap((question) => [
    { at: `${question.id} text`, text: question.text },
    ...(question.kind === 'yes-no'
      ? [{ at: `${question.id} if yes`, text: question.ifYes.reason }]
      : question.windows.map((window, w) => ({ at: `${question.id} window ${w + 1}`, text: window.reason })))
  ])
}

const copyOfDefault = (): Questionnaire => structuredClone(DEFAULT_QUESTIONNAIRE)
const yesNo = (questionnaire: Questionnaire, id: string) => {
  const question = questionnaire.questions.find((candidate) => candidate.id === id)
  if (question?.kind !== 'yes-no') throw new Error(`the default questionnaire asks ${id} as yes or no`)
  return question
}
const refusalOf = (questionnaire: unknown) => {
  const issue = questionnaireSchema.safeParse(questionnaire).error?.issues[0]
  return issue && { path: issue.path.join('.'), message: issue.message }
}

describe('the shipped default questionnaire', () => {
  it.each(textsOf(DEFAULT_QUESTIONNAIRE).map(({ at, text }) => [at, text] as const))('%s is in all four languages', (_at, text) => {
    expect(Object.keys(text).sort()).toEqual(['de', 'en', 'es', 'fr'])
    for (const language of ['es', 'fr', 'de'] as const) {
      expect(text[language]?.trim()).not.toBe('')
      expect(text[language]).not.toBe(text.en)
    }
  })
})

describe('a questionnaire in format 2', () => {
  it('keeps each language as written', () => {
    const questionnaire = copyOfDefault()
    yesNo(questionnaire, 'pregnant').text = { en: 'Are you pregnant?', de: 'Sind Sie schwanger?' }
    const read = questionnaireSchema.parse(questionnaire)
    expect(yesNo(read, 'pregnant').text).toEqual({ en: 'Are you pregnant?', de: 'Sind Sie schwanger?' })
  })

  it('refuses a question without English, saying so', () => {
    const questionnaire = copyOfDefault()
    yesNo(questionnaire, 'pregnant').text = { en: ' ', es: '¿Está embarazada?' } as ScreeningQuestion['text']
    expect(refusalOf(questionnaire)).toEqual({
      path: `questions.${questionnaire.questions.indexOf(yesNo(questionnaire, 'pregnant'))}.text.en`,
      message: 'Write the question in English: the desk shows it wherever another language has none.'
    })
  })

  it('refuses a reason without English, saying so', () => {
    const questionnaire = copyOfDefault()
    yesNo(questionnaire, 'breastfeeding').ifYes.reason = { fr: 'Allaitement.' } as ScreeningQuestion['text']
    expect(refusalOf(questionnaire)?.message).toBe('Write what this answer means in English: the desk shows it wherever another language has none.')
  })

  it('refuses a translation that is too long, on that language', () => {
    const questionnaire = copyOfDefault()
    const question = yesNo(questionnaire, 'diabetes')
    question.text.fr = 'Avez-vous du diabète ? '.repeat(14)
    expect(refusalOf(questionnaire)).toEqual({
      path: `questions.${questionnaire.questions.indexOf(question)}.text.fr`,
      message: 'Keep a question under 300 characters.'
    })
  })

  it('refuses a question written as one plain string, as format 1 wrote it', () => {
    const questionnaire = { ...copyOfDefault(), questions: asFormat1(DEFAULT_QUESTIONNAIRE).questions }
    expect(refusalOf(questionnaire)).toEqual({ path: 'questions.0.text', message: 'Write the question.' })
  })
})

describe('a questionnaire stored in format 1, one English string a text', () => {
  it('still reads, as the current format', () => {
    expect(questionnaireSchema.parse(asFormat1(DEFAULT_QUESTIONNAIRE)).format).toBe(2)
  })

  it('reads the shipped English with the shipped translations', () => {
    expect(questionnaireSchema.parse(asFormat1(DEFAULT_QUESTIONNAIRE))).toEqual(DEFAULT_QUESTIONNAIRE)
  })

  it('reads a text the clinic wrote or changed as English only, the rest translated', () => {
    const stored = asFormat1(DEFAULT_QUESTIONNAIRE) as { questions: { id: string; text: string; ifYes?: { reason: string } }[] }
    const pregnant = stored.questions.find((question) => question.id === 'pregnant')!
    pregnant.text = 'Are you pregnant, or trying to be?'
    const read = questionnaireSchema.parse(stored)
    expect(yesNo(read, 'pregnant').text).toEqual({ en: 'Are you pregnant, or trying to be?' })
    expect(yesNo(read, 'pregnant').ifYes.reason).toEqual(yesNo(DEFAULT_QUESTIONNAIRE, 'pregnant').ifYes.reason)
  })

  it('gives each reading its own texts: changing one leaves the shipped default as it was', () => {
    const read = questionnaireSchema.parse(asFormat1(DEFAULT_QUESTIONNAIRE))
    yesNo(read, 'pregnant').text.es = 'Cambiado'
    expect(yesNo(DEFAULT_QUESTIONNAIRE, 'pregnant').text.es).toBe('¿Está embarazada o podría estarlo?')
  })

  it('still refuses a question left empty', () => {
    const stored = asFormat1(DEFAULT_QUESTIONNAIRE) as { questions: { text: string }[] }
    stored.questions[2]!.text = '  '
    expect(refusalOf(stored)).toEqual({ path: 'questions.2.text', message: 'Write the question in English: the desk shows it wherever another language has none.' })
  })
})
