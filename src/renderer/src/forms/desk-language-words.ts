import type { z } from 'zod'
import { defaultDeskLanguage } from '@shared/desk-language/desk-region'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { parseInLanguage } from '@shared/words/parse-in-language'
import { wordsIn, type WordId, type WordValues } from '@shared/words/words'
import { i18n } from '../i18n'

/** The desk's language, as its locale says (read reactively). */
const deskLanguage = (): HandoutLanguage => defaultDeskLanguage(i18n.global.locale.value)

/** Words of @shared/words the desk says itself (not a schema's or main's), in its language. */
export const deskWords = (id: WordId, values?: WordValues): string => wordsIn(deskLanguage(), id, values)

/**
 * A shared schema's check, its refusals in the desk's language. Reading the locale here makes
 * a computed that checks follow a change of language at once, so the field messages shown
 * change with it.
 */
export const parseInDeskLanguage = <Schema extends z.ZodType>(schema: Schema, value: unknown): z.ZodSafeParseResult<z.output<Schema>> =>
  parseInLanguage(schema, value, deskLanguage())
