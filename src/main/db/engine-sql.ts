import { PostgresAdapter, sql, type Insertable, type Kysely, type RawBuilder } from 'kysely'
import type { Database } from './schema'

/**
 * The few pieces of SQL that SQLite and PostgreSQL spell differently, each written once per
 * engine. Repositories ask for them by what they mean; the engine is read from the Kysely
 * instance they already hold, so nothing else has to know which engine it runs on.
 */
interface EngineSql {
  /** The type of a new text column: compared by code point, as SQLite compares text (see baseline-schema.ts). */
  text: RawBuilder<unknown>
  /** A table with one text column, `value`: the given texts. One parameter, however many. */
  texts(values: readonly string[]): RawBuilder<string>
  /**
   * Inserts many rows in one statement that reads them from a single JSON parameter. A
   * multi-row INSERT ... VALUES with one parameter per value costs more to build and prepare
   * than to run, and both engines cap the parameters of a statement; a JSON parameter has
   * neither cost nor cap. Every row must have the same columns.
   */
  insertRows(table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): RawBuilder<unknown>
  /** Tells SQLite which index to read; PostgreSQL's planner chooses well on its own. */
  indexedBy(index: string): RawBuilder<unknown>
  /** The client id an audit entry's JSON details carry, spelled as the index on it is. */
  auditClientId: RawBuilder<string | null>
  /**
   * Makes the next id the table numbers by itself follow the highest one there, after rows
   * were copied in with their ids. SQLite keeps its counter up to date on its own.
   */
  continueIdsAfterCopy(table: string, column: string): RawBuilder<unknown> | undefined
}

const SQLITE: EngineSql = {
  text: sql`text`,
  texts: (values) => sql`(select value from json_each(${JSON.stringify(values)}))`,
  insertRows: (table, columns, rows) => sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    select ${sql.join(columns.map((_, index) => sql`value ->> ${sql.lit(index)}`))}
    from json_each(${JSON.stringify(rows.map((row) => columns.map((column) => row[column] ?? null)))})`,
  indexedBy: (index) => sql`indexed by ${sql.raw(index)}`,
  auditClientId: sql`json_extract(details, '$.clientId')`,
  continueIdsAfterCopy: () => undefined
}

const POSTGRES: EngineSql = {
  text: sql`text collate "C"`,
  // node-postgres sends a JavaScript array as one array parameter, whose length the planner sees.
  texts: (values) => sql`(select unnest(cast(${[...values]} as text[])))`,
  // json_populate_recordset reads each column as the table declares it, so numbers stay numbers.
  insertRows: (table, columns, rows) => sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
    select ${sql.join(columns.map((column) => sql.ref(column)))}
    from json_populate_recordset(null::${sql.table(table)}, cast(${JSON.stringify(rows)} as json))`,
  indexedBy: () => sql``,
  auditClientId: sql`(cast(details as json) ->> 'clientId')`,
  continueIdsAfterCopy: (table, column) => sql`
    select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${sql.ref(column)}), 0) + 1, false)
    from ${sql.table(table)}`
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineSql(db: Kysely<any>): EngineSql {
  return db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES : SQLITE
}

/** Inserts many rows of one table in one statement (see EngineSql.insertRows). */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[]
): Promise<void> {
  const [first] = rows
  if (!first) return
  await engineSql(db).insertRows(table, Object.keys(first), rows as readonly Record<string, unknown>[]).execute(db)
}
