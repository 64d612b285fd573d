import type { z } from 'zod'
import { languageOfLocale, setWordsLanguage } from '@shared/words/words-language'
import { i18n } from '../i18n'

/**
 * A shared schema's check, its refusals in the desk's language (the shared schemas say them
 * when they refuse, in the language set last). Reading the locale here makes a computed that
 * checks follow a change of language at once, so the field messages shown change with it.
 */
export function parseInDeskLanguage<Schema extends z.ZodType>(schema: Schema, value: unknown): z.ZodSafeParseResult<z.output<Schema>> {
  setWordsLanguage(languageOfLocale(i18n.global.locale.value) ?? 'en')
  return schema.safeParse(value)
}
