import type { HandoutLanguage } from '../register/vocabulary'
import { EN_WORDS, type WordId, type Words } from './en'
import { wordsLanguage } from './words-language'

export type { WordId } from './en'

/**
 * The languages' words loaded so far: English always (the source), the others once asked for.
 * The desk's page fetches only its own language (load-words.ts); main loads every one as it
 * starts (src/main/words/every-language.ts).
 */
const loaded: Partial<Record<HandoutLanguage, Words>> = { en: EN_WORDS }

export function addWords(language: HandoutLanguage, catalogue: Words): void {
  loaded[language] = catalogue
}

export const wordsLoaded = (language: HandoutLanguage): boolean => loaded[language] !== undefined

/** Values put into the words: numbers are written the language's way, text as it is. */
export type WordValues = Record<string, string | number>

const PLACEHOLDER = /\{(\w+)\}/g

/** The words of `id` in `language`, with its values put in. */
export function wordsIn(language: HandoutLanguage, id: WordId, values: WordValues = {}): string {
  const catalogue = loaded[language]
  // A language used before it was loaded is a mistake of the code, not of the person: said loudly.
  if (!catalogue) throw new Error(`The ${language} words were not loaded (loadWords) before they were said.`)
  return catalogue[id].replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? numberFormat(language).format(value) : value
  })
}

// Making a number format takes longer than most of what is said with one: each is made once.
const numberFormats = new Map<HandoutLanguage, Intl.NumberFormat>()

function numberFormat(language: HandoutLanguage): Intl.NumberFormat {
  let format = numberFormats.get(language)
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 })))
  return format
}

/** The words of `id` in the desk's language (see words-language.ts). */
export const words = (id: WordId, values?: WordValues): string => wordsIn(wordsLanguage(), id, values)

/** The names of the values a text takes, sorted. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string).sort()

/** A handout language's name in the desk's language: "Spanish", "español", "espagnol", "Spanisch". */
export const languageName = (language: HandoutLanguage): string =>
  new Intl.DisplayNames([wordsLanguage()], { type: 'language' }).of(language) ?? language
