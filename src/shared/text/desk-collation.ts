import { wordsLanguage } from '../words/words-language'

const collators = new Map<string, Intl.Collator>()

/**
 * Compares names as people of the desk's language sort them ("Álvaro" next to "Alba", not
 * after "Zoe"), the same whichever engine read them: SQLite orders by bytes, PostgreSQL by
 * its database's collation, which varies from server to server.
 */
export function compareInDeskLanguage(a: string, b: string): number {
  const language = wordsLanguage()
  let collator = collators.get(language)
  if (!collator) {
    collator = new Intl.Collator(language)
    collators.set(language, collator)
  }
  return collator.compare(a, b)
}
