import type { HandoutLanguage } from '../register/vocabulary'
import { DE_WORDS } from './de'
import { EN_WORDS, type WordId, type Words } from './en'
import { ES_WORDS } from './es'
import { FR_WORDS } from './fr'
import { wordsLanguage } from './words-language'

export type { WordId } from './en'

export const WORDS: Record<HandoutLanguage, Words> = { en: EN_WORDS, es: ES_WORDS, fr: FR_WORDS, de: DE_WORDS }

/** Values put into the words: numbers are written the language's way, text as it is. */
export type WordValues = Record<string, string | number>

const PLACEHOLDER = /\{(\w+)\}/g

/** The words of `id` in `language`, with its values put in. */
export function wordsIn(language: HandoutLanguage, id: WordId, values: WordValues = {}): string {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })
  return WORDS[language][id].replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? numbers.format(value) : value
  })
}

/** The words of `id` in the desk's language (see words-language.ts). */
export const words = (id: WordId, values?: WordValues): string => wordsIn(wordsLanguage(), id, values)

/** The names of the values a text takes, sorted. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort()

/** A handout language's name in the desk's language: "Spanish", "español", "espagnol", "Spanisch". */
export const languageName = (language: HandoutLanguage): string =>
  new Intl.DisplayNames([wordsLanguage()], { type: 'language' }).of(language) ?? language
