import { createI18n } from 'vue-i18n'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import de from './de'
import en from './en'
import es from './es'
import fr from './fr'
import type { MessageSchema } from './message-schema'

export type { MessageSchema }

declare module 'vue-i18n' {
  // Typed message keys: a missing or misspelt key is a type error.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** Every language of the desk, each with every key of English and no other (its index `satisfies MessageSchema`). */
const messages: Record<HandoutLanguage, MessageSchema> = { en, es, fr, de }

/** Starts in English; the desk's language is applied before the first screen (desk-language.ts). */
export const i18n = createI18n<[MessageSchema], HandoutLanguage, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages
})
