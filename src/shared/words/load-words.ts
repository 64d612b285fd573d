import type { HandoutLanguage } from '../register/vocabulary'
import type { Words } from './en'
import { addWords, wordsLoaded } from './words'

/**
 * Each language other than English is a module of its own, fetched the first time it is
 * needed: the desk's page carries only English and the language it is shown in (the four
 * together were a fifth of the first screen's JavaScript).
 */
const CATALOGUES: Record<Exclude<HandoutLanguage, 'en'>, () => Promise<Words>> = {
  es: async () => (await import('./es')).ES_WORDS,
  fr: async () => (await import('./fr')).FR_WORDS,
  de: async () => (await import('./de')).DE_WORDS
}

export async function loadWords(language: HandoutLanguage): Promise<void> {
  if (language === 'en' || wordsLoaded(language)) return
  addWords(language, await CATALOGUES[language]())
}
