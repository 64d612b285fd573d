import { createHash, type Hash } from 'node:crypto'
import { sql, type Kysely, type RawBuilder } from 'kysely'
import { AppError } from '../api/app-error'
import { engineSql, insertRows } from './engine-sql'
import { dataVersionOf } from './migrator'
import type { RegisterDatabase } from './register-database'
import type { Database } from './schema'
import { words } from '@shared/words/words'

/**
 * Every table of the register but the migration history and the change mark (one row every
 * register has from its migration, carried over apart), parents before children, with the
 * key each is read in order of.
 */
export const COPIED_TABLES = [
  { table: 'protocols', key: ['version'] },
  { table: 'settings', key: ['key'] },
  { table: 'questionnaires', key: ['version'] },
  { table: 'consent_forms', key: ['version'] },
  { table: 'clients', key: ['id'] },
  { table: 'client_search_terms', key: ['term', 'client_id'] },
  { table: 'screenings', key: ['id'] },
  { table: 'consents', key: ['id'] },
  { table: 'treatments', key: ['id'] },
  { table: 'treatment_zones', key: ['treatment_id', 'position'] },
  { table: 'treatment_choices', key: ['kind', 'value'] },
  { table: 'handout_log', key: ['id'] },
  { table: 'prep_sheet_log', key: ['id'] },
  { table: 'recall_windows', key: ['client_id'] },
  { table: 'recall_contacts', key: ['id'] },
  { table: 'staff', key: ['id'] },
  { table: 'audit_log', key: ['id'] }
] as const satisfies readonly { table: keyof Database; key: readonly string[] }[]

type CopiedTable = (typeof COPIED_TABLES)[number]['table']

const ROWS_PER_SLICE = 2000

/** What a copy moved, table by table, with the checksum both sides agreed on. */
export interface CopyReport {
  from: string
  to: string
  dataVersion: number
  tables: { table: CopiedTable; rows: number; sha256: string }[]
}

/**
 * Copies a whole register into an empty one, on either engine: SQLite to PostgreSQL, back,
 * or to a backup file. The source is read as one consistent snapshot, so desks may keep
 * working meanwhile; the target is written as one transaction, then read back inside it,
 * and only when every table's row count and checksum (SHA-256 of its rows in key order) are
 * the same on both sides is it committed. Otherwise nothing of it is kept.
 */
export async function copyRegister(source: RegisterDatabase, target: RegisterDatabase): Promise<CopyReport> {
  return source.inOneSnapshot(() =>
    target.inOneTransaction(async () => {
      const dataVersion = await sameDataVersion(source, target)
      await refuseFilledTarget(target)
      const tables: CopyReport['tables'] = []
      for (const { table, key } of COPIED_TABLES) {
        const copied = await copyTable(source.db, target.db, table, key)
        const continueIds = table === 'audit_log' ? engineSql(target.db).continueIdsAfterCopy(table, 'id') : undefined
        if (continueIds) await continueIds.execute(target.db)
        const check = await readTable(target.db, table, key, () => undefined)
        if (check.rows !== copied.rows || check.sha256 !== copied.sha256) {
          throw new AppError('unexpected', words('registerCopy.notMatching', { table, copied: check.rows, original: copied.rows }))
        }
        tables.push({ table, ...copied })
      }
      await carryChangeMark(source.db, target.db)
      return { from: source.location, to: target.location, dataVersion, tables }
    })
  )
}

/** The table's rows in key order, a slice at a time, each slice handed to `take`; with their count and checksum. */
async function readTable(
  db: Kysely<Database>,
  table: CopiedTable,
  key: readonly string[],
  take: (rows: Record<string, unknown>[]) => Promise<void> | void
): Promise<{ rows: number; sha256: string }> {
  const hash = createHash('sha256')
  let count = 0
  let after: unknown[] | undefined
  for (;;) {
    const { rows } = await sql<Record<string, unknown>>`
      select * from ${sql.table(table)}
      ${after ? sql`where ${tuple(key.map((column) => sql.ref(column)))} > ${tuple(after.map((value) => sql`${value}`))}` : sql``}
      order by ${sql.join(key.map((column) => sql.ref(column)))}
      limit ${ROWS_PER_SLICE}`.execute(db)
    const last = rows.at(-1)
    if (!last) return { rows: count, sha256: hash.digest('hex') }
    for (const row of rows) addToChecksum(hash, row)
    count += rows.length
    await take(rows)
    after = key.map((column) => last[column])
  }
}

async function copyTable(
  from: Kysely<Database>,
  to: Kysely<Database>,
  table: CopiedTable,
  key: readonly string[]
): Promise<{ rows: number; sha256: string }> {
  if (table !== 'handout_log') return readTable(from, table, key, (rows) => insertRows(to, table, rows as never))
  // A reprint names the entry it reprints, which may come later in id order: every entry
  // goes in first, then each reprint is pointed at its original.
  const reprints: { id: string; reprint_of: string }[] = []
  const copied = await readTable(from, table, key, async (rows) => {
    for (const row of rows) if (row.reprint_of) reprints.push({ id: String(row.id), reprint_of: String(row.reprint_of) })
    await insertRows(to, table, rows.map((row) => ({ ...row, reprint_of: null })) as never)
  })
  for (const { id, reprint_of } of reprints) {
    await to.updateTable('handout_log').set({ reprint_of }).where('id', '=', id).execute()
  }
  return copied
}

/** The target's change mark becomes the source's, so the copy is the same register in every table. */
async function carryChangeMark(from: Kysely<Database>, to: Kysely<Database>): Promise<void> {
  const { mark } = await from.selectFrom('register_changes').select('mark').where('id', '=', 1).executeTakeFirstOrThrow()
  await to.updateTable('register_changes').set({ mark }).where('id', '=', 1).execute()
}

/** One row, its columns in name order, so that both engines' rows hash alike. */
function addToChecksum(hash: Hash, row: Record<string, unknown>): void {
  const columns = Object.keys(row).sort()
  hash.update(JSON.stringify(columns.map((column) => [column, row[column] ?? null])))
  hash.update('\n')
}

function tuple(items: RawBuilder<unknown>[] | ReturnType<typeof sql.ref>[]): RawBuilder<unknown> {
  return sql`(${sql.join(items)})`
}

async function sameDataVersion(source: RegisterDatabase, target: RegisterDatabase): Promise<number> {
  const [from, to] = [await dataVersionOf(source.db), await dataVersionOf(target.db)]
  if (from !== to) throw new AppError('invalid_input', words('registerCopy.versions', { from, to }))
  return from
}

async function refuseFilledTarget(target: RegisterDatabase): Promise<void> {
  const filled = await firstFilledTable(target.db)
  if (filled) {
    throw new AppError('invalid_input', words('registerCopy.targetFilled', { location: target.location, table: filled }))
  }
}

/** The first table of the register that holds a row; none when nothing was ever saved in it. */
export async function firstFilledTable(db: Kysely<Database>): Promise<CopiedTable | undefined> {
  for (const { table } of COPIED_TABLES) {
    if (await db.selectFrom(table).select(sql`1`.as('any')).limit(1).executeTakeFirst()) return table
  }
  return undefined
}
