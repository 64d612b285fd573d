import type { z } from 'zod'
import type { HandoutLanguage } from '../register/vocabulary'
import { setWordsLanguage } from './words-language'

/** A check with a shared schema whose refusals are said in `language` (they are said when it refuses, in the language set last). */
export function parseInLanguage<Schema extends z.ZodType>(schema: Schema, value: unknown, language: HandoutLanguage): z.ZodSafeParseResult<z.output<Schema>> {
  setWordsLanguage(language)
  return schema.safeParse(value)
}
