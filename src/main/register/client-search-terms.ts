import { foldForSearch, isUnspacedScript, phoneDigits, searchWords } from '@shared/text/search-fold'

/** The fields of a client that search looks at. */
export interface SearchableClient {
  givenName: string
  familyName: string
  dateOfBirth: string | null
  phone: string | null
  email: string | null
}

/** The searchable fields of a client as the clients table holds them. */
export function searchableClient(row: {
  given_name: string
  family_name: string
  date_of_birth: string | null
  phone: string | null
  email: string | null
}): SearchableClient {
  return { givenName: row.given_name, familyName: row.family_name, dateOfBirth: row.date_of_birth, phone: row.phone, email: row.email }
}

// Shorter digit runs than this would make a phone match on almost any number.
const MIN_PHONE_FRAGMENT = 3

/** Folded full names used to rank exact and prefix matches first. */
export function clientNameFolds(client: SearchableClient): { name_fold: string; name_fold_reversed: string } {
  const given = searchWords(client.givenName).join(' ')
  const family = searchWords(client.familyName).join(' ')
  return { name_fold: `${given} ${family}`, name_fold_reversed: `${family} ${given}` }
}

/**
 * Every term a client can be found by: a typed word finds the client when it is the start
 * of one of these terms.
 */
export function clientSearchTerms(client: SearchableClient): string[] {
  const terms = new Set<string>()
  for (const part of [client.givenName, client.familyName]) {
    const words = searchWords(part)
    for (const word of words) {
      terms.add(word)
      // Names in Chinese, Japanese, Korean or Thai have no spaces: any part may be typed.
      if (isUnspacedScript(word)) suffixesOf(word, 1).forEach((suffix) => terms.add(suffix))
    }
    // "O'Brien" is also found as "obrien", "Jean-Luc" as "jeanluc".
    if (words.length > 1) terms.add(words.join(''))
  }
  if (client.email) {
    terms.add(foldForSearch(client.email))
    searchWords(client.email).forEach((word) => terms.add(word))
  }
  if (client.phone) {
    // Every tail of the digits, so any run of digits in the number finds it.
    suffixesOf(phoneDigits(client.phone), MIN_PHONE_FRAGMENT).forEach((suffix) => terms.add(suffix))
  }
  if (client.dateOfBirth) terms.add(client.dateOfBirth)
  return [...terms]
}

function suffixesOf(text: string, minLength: number): string[] {
  const characters = [...text]
  const suffixes: string[] = []
  for (let start = 0; characters.length - start >= minLength; start++) {
    suffixes.push(characters.slice(start).join(''))
  }
  return suffixes
}
