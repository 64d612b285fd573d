import { createI18n } from 'vue-i18n'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import en from './en'
import type { MessageSchema } from './message-schema'

export type { MessageSchema }

declare module 'vue-i18n' {
  // Typed message keys: a missing or misspelt key is a type error.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** Starts in English; the desk's language is applied before the first screen (desk-language.ts). */
export const i18n = createI18n<[MessageSchema], HandoutLanguage, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  // The other languages arrive as they are needed (loadDeskMessages).
  messages: { en } as Record<HandoutLanguage, MessageSchema>
})

/**
 * Every other language is a chunk of its own, fetched the first time the desk is shown in it:
 * each has every key of English and no other (its index `satisfies MessageSchema`), and the
 * first screen carries only English.
 */
const OTHER_LANGUAGES: Record<Exclude<HandoutLanguage, 'en'>, () => Promise<{ default: MessageSchema }>> = {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de')
}

export async function loadDeskMessages(language: HandoutLanguage): Promise<void> {
  if (language === 'en' || i18n.global.availableLocales.includes(language)) return
  i18n.global.setLocaleMessage(language, (await OTHER_LANGUAGES[language]()).default)
}
