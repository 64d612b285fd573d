import { sql, type Insertable, type Transaction } from 'kysely'
import type { Database } from './schema'

/**
 * Inserts many rows in one statement that reads them from a single JSON parameter. A
 * multi-row INSERT ... VALUES with one parameter per value costs more to build and prepare
 * than to run (seeding spent more time there than in SQLite's own inserting), and SQLite
 * caps the parameters of a statement; json_each has neither cost nor cap. Every row must
 * have the same columns, with text, number or null values.
 */
export async function insertRows<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[]
): Promise<void> {
  const [first] = rows
  if (!first) return
  const columns = Object.keys(first)
  const values = rows.map((row) => columns.map((column) => (row as Record<string, unknown>)[column] ?? null))
  await sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    select ${sql.join(columns.map((_, index) => sql`value ->> ${sql.lit(index)}`))}
    from json_each(${JSON.stringify(values)})`.execute(trx)
}
