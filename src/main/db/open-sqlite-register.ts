import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import Sqlite from 'better-sqlite3'
import { Kysely } from 'kysely'
import { DatabaseOpenError } from './database-open-error'
import { MIGRATIONS } from './migrations'
import { checkMigrationHistory, migrate, readAppliedMigrations } from './migrator'
import { sqliteBulkLoad } from './sqlite-bulk-load'
import { SqliteRegisterDialect } from './sqlite-register-dialect'
import { backUpBeforeMigrating } from '../safety/automatic-backups'
import { backupsDir, listBackups, writeBackup } from '../safety/backup-files'
import { integrityProblems } from '../safety/register-inspection'
import type { SqliteRegisterDatabase } from './register-database'
import type { Database } from './schema'
import { words } from '@shared/words/words'

export interface OpenOptions {
  /** better-sqlite3 compiled for Electron's ABI, when running inside Electron. */
  nativeBinding?: string
  /** Stop migrating at this version (tests of upgrades from earlier versions). */
  migrateTo?: number
}

/**
 * Opens (creating if needed) the register at `file` and brings its schema up to date.
 * A database from a newer app, or a file that is not a database, is left untouched.
 */
export async function openSqliteRegister(file: string, options: OpenOptions = {}): Promise<SqliteRegisterDatabase> {
  refuseEmptiedRegister(file)
  let sqlite: Sqlite.Database
  try {
    mkdirSync(dirname(file), { recursive: true })
    sqlite = new Sqlite(file, { nativeBinding: options.nativeBinding })
  } catch (error) {
    throw new DatabaseOpenError('cannot_open', words('open.cannotOpenFile', { file, problem: describe(error) }))
  }
  try {
    sqlite.pragma('busy_timeout = 5000')
    const applied = readAppliedMigrations(sqlite)
    checkMigrationHistory(applied, MIGRATIONS)
    // Only now, with the file known to be ours and not too new, may anything be written.
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = FULL')
    sqlite.pragma('foreign_keys = ON')
    // A 64 MB page cache rather than SQLite's 2 MB: a register of 100,000 clients holds some
    // 400 MB of tables and indexes, and a search or a batch of new clients reads pages all
    // over its indexes. Only pages actually read take memory.
    sqlite.pragma('cache_size = -65536')
    // Deleted rows are overwritten, so an erased client is not left in free pages for backups to copy.
    sqlite.pragma('secure_delete = ON')
    const dialect = new SqliteRegisterDialect(sqlite)
    const db = new Kysely<Database>({ dialect })
    if (applied.length > 0 && hasPending(applied, options.migrateTo)) {
      await backUpBeforeMigrating(sqlite, file)
    }
    await migrate(db, applied, MIGRATIONS, options.migrateTo)
    return {
      engine: 'sqlite',
      db,
      sqlite,
      file,
      location: file,
      backupsDir: backupsDir(file),
      inOneTransaction: (work) => dialect.driver.inOneTransaction(work),
      inOneSnapshot: (work) => dialect.driver.inOneSnapshot(work),
      inOneBulkLoad: (tables, load) => sqliteBulkLoad(db, (work) => dialect.driver.inOneTransaction(work), tables, load),
      asTheOnlyDesk: (_task, work) => work(),
      storageProblems: async () => integrityProblems(sqlite),
      writeBackup: (destination) => dialect.driver.exclusive(() => writeBackup(sqlite, destination)),
      exclusive: (work) => dialect.driver.exclusive(work),
      close: () => db.destroy()
    }
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseOpenError) throw error
    if (isSqliteError(error, 'SQLITE_READONLY') || isSqliteError(error, 'SQLITE_CANTOPEN') || isSqliteError(error, 'SQLITE_PERM')) {
      // SQLite keeps its write-ahead log beside the register, so a folder it may not write to
      // stops even reading (SQLITE_READONLY_DIRECTORY).
      throw new DatabaseOpenError('cannot_open', words('open.readOnlyFolder', { file, folder: dirname(file) }))
    }
    if (isSqliteError(error, 'SQLITE_NOTADB')) {
      throw new DatabaseOpenError('not_a_database', words('open.notADatabase', { file }))
    }
    if (isSqliteError(error, 'SQLITE_CORRUPT')) {
      throw new DatabaseOpenError('damaged', words('open.damaged', { file }))
    }
    if (isSqliteError(error, 'SQLITE_BUSY') || isSqliteError(error, 'SQLITE_LOCKED')) {
      throw new DatabaseOpenError('busy', words('open.busy', { file }))
    }
    throw error
  }
}

/**
 * SQLite takes an empty file for a new database, so a register emptied by a disk error or a
 * sync tool would open as an empty register and hide the clinic's data. An empty file with
 * backups beside it is damage; without any, it is a first start that stopped before writing.
 */
function refuseEmptiedRegister(file: string): void {
  if (!existsSync(file) || statSync(file).size > 0 || listBackups(backupsDir(file)).length === 0) return
  throw new DatabaseOpenError('damaged', words('open.emptied', { file }))
}

function hasPending(applied: { version: number }[], target = Number.POSITIVE_INFINITY): boolean {
  const done = new Set(applied.map((step) => step.version))
  return MIGRATIONS.some((migration) => !done.has(migration.version) && migration.version <= target)
}

export function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith(code)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
