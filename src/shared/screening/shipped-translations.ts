import type { TranslatedText } from '../text/translated-text'
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire'

/**
 * The shipped default questionnaire's translations, by its English. A format-1 questionnaire
 * (English only) is usually the default a register was given before the questions had languages:
 * a text still word for word as shipped means what the translation says, so it reads with it;
 * a text the clinic wrote or changed reads as English only.
 */
let byEnglish: Map<string, TranslatedText> | undefined

export function shippedTranslationOf(english: string): TranslatedText {
  byEnglish ??= translationsOf(DEFAULT_QUESTIONNAIRE.questions)
  const shipped = byEnglish.get(english)
  // A copy: the questionnaire read is the caller's to edit or freeze, the default stays as shipped.
  return shipped ? { ...shipped } : { en: english }
}

function translationsOf(questions: typeof DEFAULT_QUESTIONNAIRE.questions): Map<string, TranslatedText> {
  const texts = questions.flatMap((question) => [
    question.text,
    ...(question.kind === 'yes-no' ? [question.ifYes.reason] : question.windows.map((window) => window.reason))
  ])
  return new Map(texts.map((text) => [text.en, text]))
}
