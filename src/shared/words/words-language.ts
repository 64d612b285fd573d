import { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'

/**
 * The language the desk reads main's refusals, the schemas' field messages and the CLI's lines
 * in. One per process: main serves one desk (its language is the desk's setting), the
 * renderer shows one desk, and the CLI runs one command. It is read when the words are said
 * (a schema's refusal, a typed error), never when a module loads, so a change applies at once.
 */
let current: HandoutLanguage = 'en'

// zod's own messages (a value of the wrong type, which the desk's forms never send) in the same language.
const ZOD_LOCALES = { en: z.locales.en, es: z.locales.es, fr: z.locales.fr, de: z.locales.de } as const

export function setWordsLanguage(language: HandoutLanguage): void {
  if (language === current) return
  current = language
  z.config(ZOD_LOCALES[language]())
}

export const wordsLanguage = (): HandoutLanguage => current
