import type Sqlite from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/** Enough for every query the app makes, whose values always travel as parameters. */
const DEFAULT_KEPT = 256

/**
 * better-sqlite3 as Kysely's SQLite driver uses it, keeping each statement it prepares for
 * the next query with the same SQL. Kysely prepares every query afresh: parsing and planning
 * its SQL again each time, about a millisecond of main's time for each handout made.
 *
 * A kept statement still being read from (a query streamed row by row) is not handed out
 * twice: the query that meets it gets a fresh one. The least recently used statement makes
 * room for a new one. SQLite prepares a kept statement again by itself when the schema changes.
 */
export function keptStatements(sqlite: Sqlite.Database, capacity = DEFAULT_KEPT): SqliteDatabase {
  const kept = new Map<string, Sqlite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const statement = kept.get(sql)
      if (statement?.busy) return sqlite.prepare(sql)
      // Taken out and put back: a Map keeps its keys in the order they were set.
      kept.delete(sql)
      const ready = statement ?? sqlite.prepare(sql)
      kept.set(sql, ready)
      if (kept.size > capacity) kept.delete(kept.keys().next().value as string)
      return ready
    }
  }
}
