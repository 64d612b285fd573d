import type { HandoutLanguage } from '@shared/register/vocabulary'
import { wordsIn, type WordId } from '@shared/words/words'

/**
 * The name a printed document is offered under (and its viewer window's title):
 * "Silva-Ana-consentimiento-2026-12-06". It is the client's document, so what it is is said in
 * the language it is printed in. Anything but letters, digits and hyphens becomes a hyphen, so
 * the name is safe on every system; accented letters are letters and stay.
 */
export function printedFileBase(patient: string, what: WordId, language: HandoutLanguage, day: string): string {
  return `${patient}-${wordsIn(language, what)}-${day}`.replace(/[^\p{L}\p{N}-]+/gu, '-')
}
