import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Migration } from './migrations/migration'
import { DatabaseOpenError } from './database-open-error'
import type { Database } from './schema'
import { words } from '@shared/words/words'

export interface AppliedMigration {
  version: number
  name: string
}

/** The migrations already applied to a database, read without writing anything. */
export function readAppliedMigrations(sqlite: BetterSqlite3.Database): AppliedMigration[] {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = 'schema_migrations'")
    .get()
  if (!table) return []
  return sqlite
    .prepare('select version, name from schema_migrations order by version')
    .all() as AppliedMigration[]
}

/**
 * Stops before anything is written when the database was made by a newer app, or its
 * history does not match the migrations this app knows.
 */
export function checkMigrationHistory(applied: AppliedMigration[], known: readonly Migration[]): void {
  const latestKnown = known.at(-1)?.version ?? 0
  const newest = applied.at(-1)?.version ?? 0
  if (newest > latestKnown) {
    throw new DatabaseOpenError('newer_version', words('open.newerVersion', { newest, latestKnown }))
  }
  for (const step of applied) {
    const match = known.find((migration) => migration.version === step.version)
    if (!match || match.name !== step.name) {
      throw new DatabaseOpenError('unknown_history', words('open.unknownHistory', { version: step.version, name: step.name }))
    }
  }
}

/** The data version an open register is at: its newest applied migration. */
export async function dataVersionOf(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('schema_migrations').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst()
  return Number(row?.version ?? 0)
}

/** Applies the pending migrations in order, each in a transaction of its own, up to `target`. */
export async function migrate(
  db: Kysely<Database>,
  applied: AppliedMigration[],
  known: readonly Migration[],
  target: number = Number.POSITIVE_INFINITY
): Promise<void> {
  const done = new Set(applied.map((step) => step.version))
  const pending = known.filter((migration) => !done.has(migration.version) && migration.version <= target)
  if (pending.length === 0) return
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute()
  for (const migration of pending) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx)
      await trx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute()
    })
  }
}
