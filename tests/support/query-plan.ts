import { CompiledQuery, sql, type Compilable } from 'kysely'
import type { RegisterDatabase } from '../../src/main/db/register-database'

/**
 * How the engine would run a query, as text: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's
 * EXPLAIN with sequential scans priced out, so that a small test table still shows whether
 * an index could serve the query ("Seq Scan" remains only where none can).
 */
export async function queryPlan(database: RegisterDatabase, query: Compilable): Promise<string> {
  const { sql: text, parameters } = query.compile()
  if (database.engine === 'sqlite') {
    const { rows } = await database.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${text}`, [...parameters]))
    return rows.map(({ detail }) => detail).join('\n')
  }
  return database.inOneSnapshot(async () => {
    await sql`set local enable_seqscan = off`.execute(database.db)
    const { rows } = await database.db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${text}`, [...parameters]))
    return rows.map((row) => row['QUERY PLAN']).join('\n')
  })
}
