import { createI18n } from 'vue-i18n'
import en from './en'

export type MessageSchema = typeof en

declare module 'vue-i18n' {
  // Typed message keys: a missing or misspelt key is a type error.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/** English now; another language is another folder beside ./en with the same keys. */
export const i18n = createI18n<[MessageSchema], 'en', false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en }
})
