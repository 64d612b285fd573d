import { sql, type Kysely } from 'kysely'
import type { Client } from '../../shared/register/client'
import type { Database } from '../db/schema'
import { toClient } from './client-repository'
import { parseSearchQuery } from './search-query'

// The highest code point: "term < prefix || MAX" bounds every term that starts with prefix.
const AFTER_EVERY_CONTINUATION = '\u{10FFFF}'

export interface SearchOptions {
  query: string
  includeArchived: boolean
  limit: number
}

/**
 * Finds clients whose every typed word starts one of their search terms. Exact name
 * matches come first, then names that start with the query, then other matches; within
 * each, the most recently active client first.
 */
export async function searchClients(db: Kysely<Database>, options: SearchOptions): Promise<Client[]> {
  const { tokens, folded } = parseSearchQuery(options.query)
  if (tokens.length === 0) {
    let recent = db.selectFrom('clients').selectAll()
    if (!options.includeArchived) recent = recent.where('archived', '=', 0)
    const rows = await recent.orderBy('last_activity_at', 'desc').orderBy('id').limit(options.limit).execute()
    return rows.map(toClient)
  }

  const matchesPerToken = tokens.map((alternatives) =>
    sql.join(
      alternatives.map(
        (prefix) =>
          sql`select client_id from client_search_terms where term >= ${prefix} and term < ${prefix + AFTER_EVERY_CONTINUATION}`
      ),
      sql` union `
    )
  )
  const matchingIds = sql.join(matchesPerToken, sql` intersect `)
  const wordStart = `${folded} `
  // SQLite's substr counts characters, not UTF-16 units.
  const length = (text: string): number => [...text].length
  const { rows } = await sql<Parameters<typeof toClient>[0]>`
    select c.* from clients c
    where c.id in (${matchingIds})
      ${options.includeArchived ? sql`` : sql`and c.archived = 0`}
    order by
      case
        when c.name_fold = ${folded} or c.name_fold_reversed = ${folded} then 0
        when substr(c.name_fold, 1, ${length(wordStart)}) = ${wordStart}
          or substr(c.name_fold_reversed, 1, ${length(wordStart)}) = ${wordStart} then 1
        when substr(c.name_fold, 1, ${length(folded)}) = ${folded}
          or substr(c.name_fold_reversed, 1, ${length(folded)}) = ${folded} then 2
        else 3
      end,
      c.last_activity_at desc,
      c.id
    limit ${options.limit}
  `.execute(db)
  return rows.map(toClient)
}
