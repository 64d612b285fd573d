import { auditWording, type AuditSay } from '@shared/audit/audit-wording'
import type { AuditEntry } from '@shared/audit/audit-entry'
import { AUDIT_LOG_WORDS_DE } from '@shared/audit/audit-log-words/de'
import { AUDIT_LOG_WORDS_EN, type AuditLogWords } from '@shared/audit/audit-log-words/en'
import { AUDIT_LOG_WORDS_ES } from '@shared/audit/audit-log-words/es'
import { AUDIT_LOG_WORDS_FR } from '@shared/audit/audit-log-words/fr'
import type { HandoutLanguage } from '@shared/register/vocabulary'

const AUDIT_LOG_WORDS: Record<HandoutLanguage, AuditLogWords> = {
  en: AUDIT_LOG_WORDS_EN,
  es: AUDIT_LOG_WORDS_ES,
  fr: AUDIT_LOG_WORDS_FR,
  de: AUDIT_LOG_WORDS_DE
}

/**
 * What an audit entry records, in a given language, word for word as the desk's audit log says
 * it when shown in that language. `locale` names the countries of the clinic's settings entries.
 */
export function auditWordingIn(language: HandoutLanguage, locale: string): (entry: AuditEntry) => string {
  return auditWording(sayFrom(AUDIT_LOG_WORDS[language]), () => locale)
}

const VALUE = /\{(\w+)\}/g

/**
 * The messages read as vue-i18n reads them on the desk's page, for the part of its format the
 * audit log's words use: "{name}" values, and plural forms split by "|" (two forms: one | other;
 * three: none | one | other), whose number is also {count} and {n}.
 */
function sayFrom(messages: AuditLogWords): AuditSay {
  return (key, values = {}, plural) => {
    const message = key.split('.').reduce<unknown>((found, part) => (found as Record<string, unknown> | undefined)?.[part], messages)
    // A path the words do not have is the code's mistake, said as vue-i18n says it: the path itself.
    if (typeof message !== 'string') return key
    const forms = message.split('|').map((form) => form.trim())
    const form = plural === undefined ? message : (forms[pluralForm(plural, forms.length)] ?? message)
    const given: Record<string, string | number> = plural === undefined ? values : { count: plural, n: plural, ...values }
    return form.replace(VALUE, (whole, name: string) => (given[name] === undefined ? whole : String(given[name])))
  }
}

/** vue-i18n's own choice of plural form. */
function pluralForm(count: number, forms: number): number {
  const choice = Math.abs(count)
  if (forms === 2) return choice === 1 ? 0 : 1
  return Math.min(choice, forms - 1)
}

/** The audit log's words in a language, for a name they give (a call's outcome, a staff role). */
export const auditLogWordsIn = (language: HandoutLanguage): AuditLogWords => AUDIT_LOG_WORDS[language]
