import { Temporal } from 'temporal-polyfill'
import { phoneDigits, searchWords } from '@shared/text/search-fold'

/**
 * A typed query, parsed: every token must match a term of the client, and a token
 * matches when any of its alternatives is the start of a term.
 */
export interface SearchQuery {
  tokens: string[][]
  /** The folded words of the query, joined by single spaces, for ranking. */
  folded: string
}

const PHONE_LIKE = /^\+?[\d\s().\-/]+$/
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/
const ISO_DATE_PREFIX = /^\d{4}-\d{2}(-\d{2})?$/

export function parseSearchQuery(query: string): SearchQuery {
  const text = query.trim()
  const folded = searchWords(text).join(' ')
  if (text === '') return { tokens: [], folded }
  if (ISO_DATE_PREFIX.test(text)) return { tokens: [[text]], folded }
  const dates = numericDateAlternatives(text)
  if (dates.length > 0) return { tokens: [dates], folded }
  const digits = phoneDigits(text)
  if (PHONE_LIKE.test(text) && digits.length > 0) return { tokens: [phoneAlternatives(digits)], folded: digits }
  return { tokens: searchWords(text).map((word) => [word]), folded }
}

/** 12/03/1985 may be 12 March or 3 December: both are tried where both are real dates. */
function numericDateAlternatives(text: string): string[] {
  const match = NUMERIC_DATE.exec(text)
  if (!match) return []
  const [, first, second, year] = match as unknown as [string, string, string, string]
  const candidates = [
    { year: Number(year), month: Number(second), day: Number(first) },
    { year: Number(year), month: Number(first), day: Number(second) }
  ]
  const dates = new Set<string>()
  for (const candidate of candidates) {
    try {
      dates.add(Temporal.PlainDate.from(candidate, { overflow: 'reject' }).toString())
    } catch {
      // Not a real date read this way round.
    }
  }
  return [...dates]
}

/** A number typed with its national 0 or international 00 still finds "+44 7700 ...". */
function phoneAlternatives(digits: string): string[] {
  if (digits.startsWith('00')) return [digits, digits.slice(2)]
  if (digits.startsWith('0') && digits.length > 1) return [digits, digits.slice(1)]
  return [digits]
}
