import { createI18n } from 'vue-i18n'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import en from './en'
import es from './es'
import fr from './fr'
import de from './de'

export type MessageSchema = typeof en

declare module 'vue-i18n' {
  // Typed message keys: a missing or misspelt key is a type error.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** Every language of the desk, each with every key of English (its index `satisfies MessageSchema`). */
export const DESK_MESSAGES: Record<HandoutLanguage, MessageSchema> = { en, es, fr, de }

export const i18n = createI18n<[MessageSchema], HandoutLanguage, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: DESK_MESSAGES
})
