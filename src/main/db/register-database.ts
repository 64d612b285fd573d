import type Sqlite from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from './schema'

/**
 * An open register, whichever engine holds it. Repositories speak Kysely to `db`; what the
 * engines do differently (units of work, snapshots, backups) is behind these methods.
 */
export interface RegisterDatabase {
  readonly engine: 'sqlite' | 'postgres'
  db: Kysely<Database>
  /** Where the register is, as shown to people: a file, or the server's address without its password. */
  location: string
  /** The folder the register's backups go to on this computer. */
  backupsDir: string
  /** Runs `work` as one transaction, whichever repositories it goes through: all of it is saved, or none. */
  inOneTransaction<T>(work: () => Promise<T>): Promise<T>
  /** Runs `work` on one consistent snapshot of the register: nothing saved meanwhile is seen. */
  inOneSnapshot<T>(work: () => Promise<T>): Promise<T>
  /** Runs `load`, which adds many rows to `tables` (demo data), as one transaction made for that. */
  inOneBulkLoad<T>(tables: readonly string[], load: () => Promise<T>): Promise<T>
  /**
   * Saves one consistent snapshot of the whole register as a register file (SQLite), the
   * format every backup has whichever engine the register is on: check, restore and the
   * backup list read them all alike. Desks keep working meanwhile.
   */
  writeBackup(destination: string): Promise<void>
  /**
   * Runs `work` unless another desk of the register is running the same task; then it
   * resolves to undefined without running it. A register file has one desk.
   */
  asTheOnlyDesk<T>(task: DeskTask, work: () => Promise<T>): Promise<T | undefined>
  /** What the engine's own check of how it stores the register finds wrong; empty when sound. */
  storageProblems(): Promise<string[]>
  close(): Promise<void>
}

/** Work that one desk of a shared register does for all of them. */
export type DeskTask = 'daily-backup'

/** The embedded register: one SQLite file on this computer. */
export interface SqliteRegisterDatabase extends RegisterDatabase {
  readonly engine: 'sqlite'
  /** The raw connection, for what only SQLite does: online backups and integrity checks. */
  sqlite: Sqlite.Database
  file: string
  /** Runs raw SQLite work (an online backup) while no query or unit of work uses the connection. */
  exclusive<T>(work: () => Promise<T>): Promise<T>
}

/** A register shared by the clinic's desks on a PostgreSQL server. */
export interface PostgresRegisterDatabase extends RegisterDatabase {
  readonly engine: 'postgres'
}

/** A register of either engine, told apart by `engine`. */
export type EngineRegisterDatabase = SqliteRegisterDatabase | PostgresRegisterDatabase
