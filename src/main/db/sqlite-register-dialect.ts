import type Sqlite from 'better-sqlite3'
import { SqliteDialect, SqliteDriver, type Driver } from 'kysely'
import { keptStatements } from './kept-statements'
import { UnitOfWorkDriver } from './unit-of-work-driver'

/**
 * Kysely's SQLite dialect with units of work.
 *
 * Transactions begin IMMEDIATE: every transaction here writes, and asking for the write lock
 * at BEGIN lets SQLite's busy timeout wait for another process (the admin CLI, a backup
 * script). A plain BEGIN asks for it only at the first write, where SQLite answers
 * SQLITE_BUSY at once rather than risk a deadlock. Other callers wait for a unit to end, as
 * they wait for any query on SQLite's one connection.
 */
export class SqliteRegisterDialect extends SqliteDialect {
  readonly driver: UnitOfWorkDriver

  constructor(sqlite: Sqlite.Database) {
    const database = keptStatements(sqlite)
    super({ database })
    this.driver = new UnitOfWorkDriver(new SqliteDriver({ database }), {
      begin: 'begin immediate',
      // In WAL mode a read transaction sees the database as it was at its first read.
      beginSnapshot: 'begin deferred',
      stillOpen: () => sqlite.inTransaction,
      // A commit of a file on this computer happens or fails here and now.
      lostInCommit: () => false
    })
  }

  override createDriver(): Driver {
    return this.driver
  }
}
