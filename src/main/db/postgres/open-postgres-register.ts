import pg from 'pg'
import { Kysely, PostgresDialect, sql, type Driver } from 'kysely'
import { DatabaseOpenError } from '../database-open-error'
import { MIGRATIONS } from '../migrations'
import { checkMigrationHistory, migrate, type AppliedMigration } from '../migrator'
import type { DeskTask, PostgresRegisterDatabase } from '../register-database'
import type { Database } from '../schema'
import { UnitOfWorkDriver } from '../unit-of-work-driver'
import { BASELINE_VERSION, createBaselineSchema } from './baseline-schema'
import { describeServer, type ServerAddress } from './server-address'
import { explainConnectionFailure } from './connection-failure'
import { isConnectionLost } from './server-failures'
import { writeBackupAside } from '../../safety/backup-files'
import { openSqliteRegister } from '../open-sqlite-register'
import { copyRegister } from '../register-copy'
import { words } from '@shared/words/words'

/** The oldest PostgreSQL the app is built and tested for. */
export const OLDEST_SERVER = { number: 150000, name: '15' }

// Any fixed numbers: desks that start together take this lock so that one of them migrates,
// and the desk that holds a task's lock does that task for all of them.
const MIGRATION_LOCK = 4_120_771_105
const TASK_LOCKS: Record<DeskTask, number> = { 'daily-backup': 4_120_771_106 }

/** How every connection of a desk to the server starts: named in the server's activity list, given up after 5 s. */
export const DESK_CONNECTION = { connectionTimeoutMillis: 5000, application_name: 'Aftercare Desk' } as const

export interface PostgresOpenOptions {
  /** Where this desk keeps backups of the server register. */
  backupsDir: string
  /** How many connections this desk may hold at once. */
  connections?: number
}

/** Kysely's PostgreSQL dialect with units of work: a unit holds one connection of the pool. */
class PostgresRegisterDialect extends PostgresDialect {
  driver?: UnitOfWorkDriver

  override createDriver(): Driver {
    return (this.driver = new UnitOfWorkDriver(super.createDriver(), {
      begin: 'begin',
      beginSnapshot: 'begin isolation level repeatable read read only',
      // PostgreSQL never ends a transaction on its own while its connection lives; a failed
      // statement leaves it open for the rollback that follows.
      stillOpen: () => true,
      lostInCommit: isConnectionLost
    }))
  }
}

/**
 * Opens the register on the clinic's PostgreSQL server and brings its schema up to date.
 * A server that cannot be reached, refuses the login, is too old, holds another
 * application's tables or a newer app's register is refused with words for the desk, and
 * nothing is written to it.
 */
export async function openPostgresRegister(address: ServerAddress, options: PostgresOpenOptions): Promise<PostgresRegisterDatabase> {
  const pool = new pg.Pool({
    ...address.config,
    ...DESK_CONNECTION,
    max: options.connections ?? 4,
    // A connection whose cable was pulled sends nothing back: keep-alive probes, from ten
    // seconds of silence on, find it dead (the system's own default waits two hours).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    // Counts come back as bigint; every count and id here fits a JavaScript number.
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) }
  })
  // A connection the server drops (a restart, a cable pulled) is replaced on next use. Its
  // error reaches the query that was using it, if any; unheard, it would end the process.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => client.on('error', () => undefined))
  const dialect = new PostgresRegisterDialect({ pool })
  const db = new Kysely<Database>({ dialect })
  try {
    // Kysely creates the driver as it is constructed.
    const { driver } = dialect
    if (!driver) throw new Error('Kysely did not create its driver.')
    await driver.inOneTransaction(async () => {
      await refuseOldServer(db, address)
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(db)
      const applied = await readAppliedMigrations(db, address)
      checkMigrationHistory(applied, MIGRATIONS)
      if (applied.length === 0) await createBaseline(db)
      await migrate(db, applied.length === 0 ? MIGRATIONS.slice(0, BASELINE_VERSION) : applied, MIGRATIONS)
    })
    const register: PostgresRegisterDatabase = {
      engine: 'postgres',
      db,
      location: describeServer(address),
      backupsDir: options.backupsDir,
      inOneTransaction: (work) => driver.inOneTransaction(work),
      inOneSnapshot: (work) => driver.inOneSnapshot(work),
      // The server checks its own pages (and checksums them, when the cluster was made so);
      // what a desk can check is the register's content, which registerProblems does.
      inOneBulkLoad: (_tables, load) => driver.inOneTransaction(load),
      asTheOnlyDesk: (task, work) => holdingTaskLock(pool, TASK_LOCKS[task], work),
      storageProblems: async () => [],
      writeBackup: (destination) => writeBackupAside(destination, (partial) => copyIntoNewFile(register, partial)),
      close: () => db.destroy()
    }
    return register
  } catch (error) {
    await db.destroy()
    if (error instanceof DatabaseOpenError) throw error
    throw explainConnectionFailure(error, address)
  }
}

/**
 * Runs `work` while this desk holds the task's advisory lock on a connection of its own, or
 * not at all when another desk holds it. The server lets the lock go with the connection, so
 * a desk that dies mid-task holds nobody up.
 */
async function holdingTaskLock<T>(pool: pg.Pool, lock: number, work: () => Promise<T>): Promise<T | undefined> {
  const connection = await pool.connect()
  let broken: Error | undefined
  try {
    const { rows } = await connection.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [lock])
    if (!rows[0]?.locked) return undefined
    try {
      return await work()
    } finally {
      // A lock that could not be let go goes with its connection, which is not reused.
      await connection.query('select pg_advisory_unlock($1)', [lock]).catch((error: Error) => (broken = error))
    }
  } finally {
    connection.release(broken)
  }
}

/** A backup of a server register: a snapshot of it copied into a new register file. */
async function copyIntoNewFile(register: PostgresRegisterDatabase, file: string): Promise<void> {
  const copy = await openSqliteRegister(file)
  try {
    await copyRegister(register, copy)
  } finally {
    await copy.close()
  }
}

export async function refuseOldServer(db: Kysely<Database>, address: ServerAddress): Promise<void> {
  const { rows } = await sql<{ version: string }>`select current_setting('server_version_num') as version`.execute(db)
  if (Number(rows[0]?.version) >= OLDEST_SERVER.number) return
  const version = String(Math.floor(Number(rows[0]?.version) / 10000))
  throw new DatabaseOpenError('server_too_old', words('server.tooOld', { server: describeServer(address), version, oldest: OLDEST_SERVER.name }))
}

/** The migrations applied to the server's register; none for an empty database, refused for another application's. */
export async function readAppliedMigrations(db: Kysely<Database>, address: ServerAddress): Promise<AppliedMigration[]> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
  if (tables.some(({ name }) => name === 'schema_migrations')) {
    return db.selectFrom('schema_migrations').select(['version', 'name']).orderBy('version').execute()
  }
  if (tables.length === 0) return []
  throw new DatabaseOpenError('not_a_register', words('server.notARegister', { server: describeServer(address) }))
}

/** The schema of data version 8, recorded as the migrations it stands for. */
async function createBaseline(db: Kysely<Database>): Promise<void> {
  await createBaselineSchema(db)
  const appliedAt = new Date().toISOString()
  await db
    .insertInto('schema_migrations')
    .values(MIGRATIONS.slice(0, BASELINE_VERSION).map(({ version, name }) => ({ version, name, applied_at: appliedAt })))
    .execute()
}
