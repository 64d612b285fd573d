import type { z } from 'zod'
import { parseInLanguage } from '@shared/words/parse-in-language'
import { languageOfLocale } from '@shared/words/words-language'
import { i18n } from '../i18n'

/**
 * A shared schema's check, its refusals in the desk's language. Reading the locale here makes
 * a computed that checks follow a change of language at once, so the field messages shown
 * change with it.
 */
export const parseInDeskLanguage = <Schema extends z.ZodType>(schema: Schema, value: unknown): z.ZodSafeParseResult<z.output<Schema>> =>
  parseInLanguage(schema, value, languageOfLocale(i18n.global.locale.value) ?? 'en')
