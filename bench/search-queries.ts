import type { Kysely } from 'kysely'
import type { Database } from '../src/main/db/schema'
import { foldForSearch, phoneDigits, searchWords } from '../src/shared/text/search-fold'
import { seededRandom } from './lib/stats'

export type QueryKind = 'name_prefix' | 'accented_name_prefix' | 'full_name' | 'phone_fragment' | 'email_part'

export interface BenchQuery {
  kind: QueryKind
  query: string
}

// What a receptionist types: mostly the start of a name, often a phone number or email.
const KIND_WEIGHTS: [QueryKind, number][] = [
  ['name_prefix', 35],
  ['accented_name_prefix', 15],
  ['full_name', 15],
  ['phone_fragment', 20],
  ['email_part', 15]
]

const LATIN_WITH_MARKS = /[À-ɏ]/u

/**
 * `count` realistic queries built from clients in the register (so most of them find
 * someone): name prefixes typed with and without accents, full names, phone fragments
 * typed the ways people type them, and parts of email addresses. The same seed gives the
 * same queries.
 */
export async function benchQueries(db: Kysely<Database>, count: number, seed = 7): Promise<BenchQuery[]> {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const between = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1))
  const clients = await db
    .selectFrom('clients')
    .select(['given_name', 'family_name', 'phone', 'email'])
    .where('archived', '=', 0)
    .orderBy('id')
    .execute()
  const accented = clients.filter((client) => LATIN_WITH_MARKS.test(client.given_name + client.family_name))
  const withPhone = clients.filter((client) => client.phone)
  const withEmail = clients.filter((client) => client.email)
  const totalWeight = KIND_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0)

  const prefix = (word: string): string => [...word].slice(0, between(2, Math.max(2, [...word].length))).join('')
  const queries: BenchQuery[] = []
  while (queries.length < count) {
    let roll = random() * totalWeight
    const [kind] = KIND_WEIGHTS.find(([, weight]) => (roll -= weight) < 0) ?? ['name_prefix']
    const client = pick(clients)
    let query: string | undefined
    switch (kind) {
      case 'name_prefix': {
        // Typed without accents, in lower case: "lukas" for Łukasiewicz.
        const words = searchWords(random() < 0.6 ? client.family_name : client.given_name)
        if (words.length > 0) query = prefix(pick(words))
        break
      }
      case 'accented_name_prefix': {
        // Typed as written, accents and capitals included: "Łukas", "Zoë".
        const source = accented.length > 0 ? pick(accented) : client
        const name = LATIN_WITH_MARKS.test(source.family_name) || !LATIN_WITH_MARKS.test(source.given_name)
          ? source.family_name
          : source.given_name
        const word = pick(name.split(/[\s-]+/).filter((part) => part.length > 0))
        if (word) query = prefix(word)
        break
      }
      case 'full_name': {
        // "maria garcia", or the family name first with the start of the given name.
        const given = searchWords(client.given_name)[0]
        const family = searchWords(client.family_name)[0]
        if (given && family) query = random() < 0.7 ? `${given} ${family}` : `${family} ${prefix(given)}`
        break
      }
      case 'phone_fragment': {
        const digits = phoneDigits(pick(withPhone).phone as string)
        const style = random()
        if (style < 0.4) {
          // The last digits, as read out: "900123".
          query = digits.slice(-between(4, 7))
        } else if (style < 0.7) {
          // A run from the middle.
          const length = between(4, 8)
          const start = between(0, Math.max(0, digits.length - length))
          query = digits.slice(start, start + length)
        } else {
          // The national form with spaces: "07700 900123" for +44 7700 900123.
          const national = `0${digits.slice(2)}`
          query = `${national.slice(0, 5)} ${national.slice(5)}`
        }
        break
      }
      case 'email_part': {
        const email = foldForSearch(pick(withEmail).email as string)
        const [local = '', domain = ''] = email.split('@')
        const style = random()
        if (style < 0.5) query = prefix(local)
        else if (style < 0.8) query = email
        else query = `${local}@${domain.slice(0, between(1, domain.length))}`
        break
      }
    }
    if (query && query.trim().length >= 2) queries.push({ kind, query })
  }
  return queries
}
