import { toRaw, type InjectionKey, type Ref } from 'vue'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { questionIdFrom } from '@shared/screening/question-id'
import type { Questionnaire, ScreeningQuestion } from '@shared/screening/questionnaire'
import type { TranslatedText } from '@shared/text/translated-text'

export type YesNoQuestion = Extract<ScreeningQuestion, { kind: 'yes-no' }>
export type LastDateQuestion = Extract<ScreeningQuestion, { kind: 'last-date' }>
export type WaitingWindow = LastDateQuestion['windows'][number]

/**
 * What the editor's parts share: the draft questionnaire, the schema's messages by path
 * ("questions.3.ifYes.reason.en"), and the language its questions and reasons are edited in.
 */
export interface QuestionnaireDraft {
  draft: Ref<Questionnaire | undefined>
  messages: Ref<Record<string, string>>
  language: Ref<HandoutLanguage>
}

export const QUESTIONNAIRE_DRAFT: InjectionKey<QuestionnaireDraft> = Symbol('questionnaire draft')

const keys = new WeakMap<object, string>()
const idFollowsText = new WeakSet<object>()
let lastKey = 0

/** A key that stays with a question while it is moved, edited or has its id changed (for lists and field ids). */
export function keyOf(question: ScreeningQuestion): string {
  const raw = toRaw(question)
  let key = keys.get(raw)
  if (!key) {
    key = `q${++lastKey}`
    keys.set(raw, key)
  }
  return key
}

/** A question added in the editor: yes or no, its id made from its text until someone edits the id. */
export function newQuestion(questionnaire: Questionnaire): YesNoQuestion {
  const question: YesNoQuestion = {
    id: questionIdFrom('', idsBut(questionnaire)),
    kind: 'yes-no',
    text: { en: '' },
    askAloud: false,
    radiofrequencyOnly: false,
    ifYes: { outcome: 'review', reason: { en: '' } }
  }
  idFollowsText.add(question)
  return question
}

/** A text typed in one language; another language left empty is said in English, so it is left out. */
export function setTranslation(text: TranslatedText, language: HandoutLanguage, typed: string): void {
  if (language === 'en' || typed.trim() !== '') text[language] = typed
  else delete text[language]
}

/** The question's text changed: so does its id, from the English, while the id is still the one made from the text. */
export function setText(questionnaire: Questionnaire, question: ScreeningQuestion, language: HandoutLanguage, typed: string): void {
  setTranslation(question.text, language, typed)
  if (language === 'en' && idFollowsText.has(toRaw(question))) question.id = questionIdFrom(typed, idsBut(questionnaire, question))
}

/** Someone typed the id: from now on it is theirs. */
export function setId(question: ScreeningQuestion, id: string): void {
  idFollowsText.delete(toRaw(question))
  question.id = id
}

function idsBut(questionnaire: Questionnaire, question?: ScreeningQuestion): string[] {
  return questionnaire.questions.filter((other) => toRaw(other) !== toRaw(question)).map((other) => other.id)
}

/**
 * Turns a yes-no question into a "last time" one or back, in place, keeping what carries over:
 * "yes" becomes a 14-day wait with the same outcome (stop or review) and reason; a wait
 * becomes "yes" with the most serious window's reason.
 */
export function setKind(question: ScreeningQuestion, kind: ScreeningQuestion['kind']): void {
  if (question.kind === kind) return
  // Between the two shapes for a moment: one kind's part goes, the other's comes.
  const loose = question as unknown as { kind: ScreeningQuestion['kind']; ifYes?: YesNoQuestion['ifYes']; windows?: WaitingWindow[] }
  if (loose.ifYes) {
    const { outcome, reason } = loose.ifYes
    delete loose.ifYes
    loose.windows = [{ within: { amount: 14, unit: 'days' }, outcome, reason }]
  } else {
    const windows = loose.windows ?? []
    const first = windows.find((window) => window.outcome === 'stop') ?? windows[0]
    delete loose.windows
    loose.ifYes = { outcome: first?.outcome === 'stop' ? 'stop' : 'review', reason: first?.reason ?? { en: '' } }
  }
  loose.kind = kind
}

export function newWindow(): WaitingWindow {
  return { within: { amount: 14, unit: 'days' }, outcome: 'defer', reason: { en: '' } }
}

/** Moves an item of a list by `by` places (−1 up, +1 down), when there is room. */
export function move<T>(list: T[], index: number, by: number): void {
  const to = index + by
  if (to < 0 || to >= list.length) return
  const [item] = list.splice(index, 1)
  if (item !== undefined) list.splice(to, 0, item)
}
