import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Client } from '@shared/register/client'
import { engineSql } from '../db/engine-sql'
import type { Database } from '../db/schema'
import { recentClients, toClient } from './client-repository'
import { parseSearchQuery, type SearchQuery } from './search-query'

// The highest code point: "term < prefix || MAX" bounds every term that starts with prefix.
const AFTER_EVERY_CONTINUATION = '\u{10FFFF}'

// A set of candidates smaller than this is read whole and sorted; a larger one is found by
// walking the clients from the most recently active and stopping at the limit, which then
// comes quickly because so many clients qualify. The crossovers were measured at 100,000
// clients (see bench/search.ts): reading a name candidate costs about twice a step of the
// walk, and reading a search-term candidate about as much as a step with a term check.
const NAME_CANDIDATES_READ_WHOLE = 3000
const TERM_CANDIDATES_READ_WHOLE = 5000

export interface SearchOptions {
  query: string
  includeArchived: boolean
  limit: number
}

/** The ranks of a match, best first: the whole name, its first words, its start, anything else. */
const TIERS = [0, 1, 2, 3] as const
type Tier = (typeof TIERS)[number]

/**
 * Finds clients whose every typed word starts one of their search terms. Exact name
 * matches come first, then names that start with the query, then other matches; within
 * each, the most recently active client first.
 *
 * The ranks are fetched one after another, each only as far as the limit still needs, so
 * a query that matches a fifth of the register ("ma") costs about what one that matches a
 * single client does.
 */
export async function searchClients(db: Kysely<Database>, options: SearchOptions): Promise<Client[]> {
  const query = parseSearchQuery(options.query)
  if (query.tokens.length === 0) return recentClients(db, { ...options, offset: 0 })

  const search = new RankedSearch(db, query, options.includeArchived)
  const ids: string[] = []
  for (const tier of TIERS) {
    const wanted = options.limit - ids.length
    if (wanted <= 0) break
    ids.push(...(tier === 3 ? await search.otherMatches(wanted) : await search.nameMatches(tier, wanted)))
  }
  return clientsInOrder(db, ids)
}

/** The SQL of one search: its rank expression, its term checks and its candidate counts. */
class RankedSearch {
  private readonly rank: RawBuilder<number>
  private readonly archivedFilter: RawBuilder<unknown>
  private tokenCounts?: Promise<number[]>

  constructor(
    private readonly db: Kysely<Database>,
    private readonly query: SearchQuery,
    includeArchived: boolean
  ) {
    this.rank = rankExpression(query.folded)
    this.archivedFilter = includeArchived ? sql`true` : sql`c.archived = 0`
  }

  /** Clients of one name tier (whole name, first words, start of the name), best first. */
  async nameMatches(tier: Exclude<Tier, 3>, limit: number): Promise<string[]> {
    const { folded } = this.query
    // Every name of the tier starts with this; the rank check then keeps exactly the tier.
    const range = tier === 0 ? exact(folded) : prefix(tier === 1 ? `${folded} ` : folded)
    const candidates = await this.count(sql`
      select (select count(*) from (
          select 1 from clients ${this.hint('clients_by_name_fold')} where ${range.on(sql.ref('name_fold'))}
          limit ${NAME_CANDIDATES_READ_WHOLE}) as by_name)
        + (select count(*) from (
          select 1 from clients ${this.hint('clients_by_name_fold_reversed')} where ${range.on(sql.ref('name_fold_reversed'))}
          limit ${NAME_CANDIDATES_READ_WHOLE}) as by_name_reversed) as n`)
    if (candidates === 0) return []
    // A name that starts with the typed words has every one of them as the start of one of
    // its words, each of which is a search term, so for a query of words the term check is
    // already true. Numbers and dates are checked, though no name holds a digit.
    const tokensCheck = this.isWordsOfName() ? sql`true` : await this.matchesEveryToken()
    const qualifies = sql`${this.archivedFilter} and ${this.rank} = ${tier} and ${tokensCheck}`
    if (candidates < NAME_CANDIDATES_READ_WHOLE) {
      return this.ids(sql`
        select id from (
          select c.id, c.last_activity_at from clients c ${this.hint('clients_by_name_fold')}
            where ${range.on(sql.ref('c.name_fold'))} and ${qualifies}
          union
          select c.id, c.last_activity_at from clients c ${this.hint('clients_by_name_fold_reversed')}
            where ${range.on(sql.ref('c.name_fold_reversed'))} and ${qualifies}) as name_matches
        order by last_activity_at desc, id
        limit ${limit}`)
    }
    return this.walk(qualifies, limit)
  }

  /** Clients that match by a term other than the start of the name, most recent first. */
  async otherMatches(limit: number): Promise<string[]> {
    const counts = await this.countTokenMatches()
    const rarest = counts.indexOf(Math.min(...counts))
    const alternatives = this.query.tokens[rarest] as string[]
    if ((counts[rarest] as number) < TERM_CANDIDATES_READ_WHOLE) {
      const candidateIds = sql.join(
        alternatives.map((alternative) => {
          const range = prefix(alternative)
          return sql`select client_id from client_search_terms where ${range.on(sql.ref('term'))}`
        }),
        sql` union `
      )
      // The candidates are the clients of the rarest word, so only the other words are checked.
      const qualifies = sql`${this.archivedFilter} and ${this.rank} = 3 and ${await this.matchesEveryToken(rarest)}`
      return this.ids(sql`
        select c.id from clients c ${this.hint('clients_search_rank')}
        where c.id in (${candidateIds}) and ${qualifies}
        order by c.last_activity_at desc, c.id
        limit ${limit}`)
    }
    return this.walk(sql`${this.archivedFilter} and ${this.rank} = 3 and ${await this.matchesEveryToken()}`, limit)
  }

  /** Whether the query is plain words, each looked for as typed (not a phone number or a date). */
  private isWordsOfName(): boolean {
    const { tokens, folded } = this.query
    return tokens.every((alternatives) => alternatives.length === 1) && tokens.map(([word]) => word).join(' ') === folded
  }

  /** The clients that qualify, taken from the most recently active until the limit. */
  private walk(qualifies: RawBuilder<unknown>, limit: number): Promise<string[]> {
    return this.ids(sql`
      select c.id from clients c ${this.hint('clients_by_recent_activity')}
      where ${qualifies}
      order by c.last_activity_at desc, c.id
      limit ${limit}`)
  }

  /** Every typed word (but the one at `known`) starts a term of the client; the rarest is checked first. */
  private async matchesEveryToken(known?: number): Promise<RawBuilder<unknown>> {
    const counts = await this.countTokenMatches()
    const byRarity = this.query.tokens
      .map((alternatives, index) => ({ alternatives, index, count: counts[index] as number }))
      .filter(({ index }) => index !== known)
    if (byRarity.length === 0) return sql`true`
    byRarity.sort((a, b) => a.count - b.count)
    return sql.join(
      byRarity.map(
        ({ alternatives }) => sql`exists (
          select 1 from client_search_terms t
          where t.client_id = c.id and (${sql.join(
            alternatives.map((alternative) => sql`(${prefix(alternative).on(sql.ref('t.term'))})`),
            sql` or `
          )}))`
      ),
      sql` and `
    )
  }

  /** How many search terms start with each token (any alternative), counted up to a cap. */
  private countTokenMatches(): Promise<number[]> {
    this.tokenCounts ??= Promise.all(
      this.query.tokens.map(async (alternatives) => {
        let total = 0
        for (const alternative of alternatives) {
          total += await this.count(sql`
            select count(*) as n from (
              select 1 from client_search_terms where ${prefix(alternative).on(sql.ref('term'))}
              limit ${TERM_CANDIDATES_READ_WHOLE}) as term_matches`)
        }
        return total
      })
    )
    return this.tokenCounts
  }

  private hint(index: string): RawBuilder<unknown> {
    return engineSql(this.db).indexedBy(index)
  }

  private async count(query: RawBuilder<{ n: number }>): Promise<number> {
    const { rows } = await query.execute(this.db)
    return Number(rows[0]?.n ?? 0)
  }

  private async ids(query: RawBuilder<{ id: string }>): Promise<string[]> {
    const { rows } = await query.execute(this.db)
    return rows.map((row) => row.id)
  }
}

/** Exact names first, then names whose first words are the query, then names that start with it. */
function rankExpression(folded: string): RawBuilder<number> {
  const wordStart = `${folded} `
  // SQLite's substr counts characters, not UTF-16 units.
  const length = (text: string): number => [...text].length
  return sql<number>`(case
    when c.name_fold = ${folded} or c.name_fold_reversed = ${folded} then 0
    when substr(c.name_fold, 1, ${length(wordStart)}) = ${wordStart}
      or substr(c.name_fold_reversed, 1, ${length(wordStart)}) = ${wordStart} then 1
    when substr(c.name_fold, 1, ${length(folded)}) = ${folded}
      or substr(c.name_fold_reversed, 1, ${length(folded)}) = ${folded} then 2
    else 3
  end)`
}

interface TextRange {
  on(column: RawBuilder<unknown> | ReturnType<typeof sql.ref>): RawBuilder<unknown>
}

function exact(text: string): TextRange {
  return { on: (column) => sql`${column} = ${text}` }
}

/** Every text that starts with `start`: one range of an index. */
function prefix(start: string): TextRange {
  return { on: (column) => sql`${column} >= ${start} and ${column} < ${start + AFTER_EVERY_CONTINUATION}` }
}

async function clientsInOrder(db: Kysely<Database>, ids: string[]): Promise<Client[]> {
  if (ids.length === 0) return []
  // One parameter holding every id, rather than one parameter each.
  const rows = await db
    .selectFrom('clients')
    .selectAll()
    .where('id', 'in', engineSql(db).texts(ids))
    .execute()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [toClient(row)] : []
  })
}
