import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'

// The page cache of a bulk load: enough to hold the pages one seeding batch changes.
const BULK_LOAD_CACHE_KIB = 256 * 1024

/**
 * Runs `load` as a bulk load: one transaction, a page cache that holds the pages a batch
 * changes (with the usual cache they are spilled and written again within it), and the
 * loaded tables' secondary indexes dropped first and built again at the end: building an
 * index from all its rows at once is about a fifth faster than keeping it up to date through
 * 1.7 million search terms. Being one transaction, a load that stops half-way leaves the
 * register as it was, indexes and all. Only this connection's cache grows, and only meanwhile.
 */
export async function sqliteBulkLoad<T>(
  db: Kysely<Database>,
  inOneTransaction: <R>(work: () => Promise<R>) => Promise<R>,
  tables: readonly string[],
  load: () => Promise<T>
): Promise<T> {
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db)
  const usual = Number(rows[0]?.cache_size ?? -2000)
  await sql.raw(`pragma cache_size = ${-BULK_LOAD_CACHE_KIB}`).execute(db)
  try {
    return await inOneTransaction(async () => {
      const { rows: indexes } = await sql<{ name: string; sql: string }>`
        select name, sql from sqlite_master
        where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(db)
      for (const index of indexes) await sql`drop index ${sql.ref(index.name)}`.execute(db)
      const result = await load()
      for (const index of indexes) await sql.raw(index.sql).execute(db)
      return result
    })
  } finally {
    await sql.raw(`pragma cache_size = ${usual}`).execute(db)
  }
}
