import { HANDOUT_LANGUAGES, type HandoutLanguage } from '../register/vocabulary'

/** Where each language is written when the computer's own region is in another language. */
const HOME_REGIONS: Record<HandoutLanguage, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', de: 'de-DE' }

function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase()
}

function isDeskLanguage(language: string): language is HandoutLanguage {
  return (HANDOUT_LANGUAGES as readonly string[]).includes(language)
}

/** The desk's language when nobody chose one: the computer's, if the desk speaks it, else English. */
export function defaultDeskLanguage(computerLocale: string | undefined): HandoutLanguage {
  const language = computerLocale ? languageOf(computerLocale) : 'en'
  return isDeskLanguage(language) ? language : 'en'
}

/**
 * The region dates, numbers and sorting follow: the computer's own (en-US, de-AT) when it is in
 * the desk's language, else the language's home region (a French desk on an English computer writes 1,5 mm).
 */
export function deskRegion(language: HandoutLanguage, computerLocale: string | undefined): string {
  if (computerLocale && languageOf(computerLocale) === language) return computerLocale
  return HOME_REGIONS[language]
}
