import { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'
import { refusal } from '../words/refusal'
import type { WordId } from '../words/words'

/**
 * A clinic's own sentence (a preparation rule, a screening question, what an answer means) in
 * the four languages of the desk and the handouts. English is required; a language left out or
 * left blank is said in English.
 */
export interface TranslatedText {
  en: string
  es?: string | undefined
  fr?: string | undefined
  de?: string | undefined
}

/** What a translated text's refusals say, as each kind of text words them. */
export interface TranslatedTextRules {
  most: number
  refusals: {
    /** Not a text at all (no object with its languages). */
    missing: WordId
    englishMissing: WordId
    tooLong: WordId
  }
}

/** The English of a translated text: required, at most `most` characters. */
export function englishTextSchema({ most, refusals }: TranslatedTextRules) {
  return z.string(refusal(refusals.englishMissing)).trim().min(1, refusal(refusals.englishMissing)).max(most, refusal(refusals.tooLong))
}

export function translatedTextSchema(rules: TranslatedTextRules) {
  const otherLanguage = z.string().trim().max(rules.most, refusal(rules.refusals.tooLong)).optional()
  return z.object(
    { en: englishTextSchema(rules), es: otherLanguage, fr: otherLanguage, de: otherLanguage } satisfies Record<HandoutLanguage, z.ZodType>,
    refusal(rules.refusals.missing)
  )
}

/** The text in `language`, else in English. */
export function textIn(text: TranslatedText, language: HandoutLanguage): string {
  const translated = language === 'en' ? undefined : text[language]
  return translated && translated.trim() !== '' ? translated : text.en
}
