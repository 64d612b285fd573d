import { AsyncLocalStorage } from 'node:async_hooks'
import type Sqlite from 'better-sqlite3'
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely'

/** The transaction a unit of work holds open, and how many repository transactions are nested in it. */
interface OpenUnit {
  connection: DatabaseConnection
  depth: number
}

/**
 * Kysely's SQLite driver with two rules the register needs.
 *
 * Transactions begin IMMEDIATE: every transaction here writes, and asking for the write lock
 * at BEGIN lets SQLite's busy timeout wait for another process (the admin CLI, a backup
 * script). A plain BEGIN asks for it only at the first write, where SQLite answers
 * SQLITE_BUSY at once rather than risk a deadlock.
 *
 * A unit of work (`runAsOne`) makes every query inside it, from any repository, one
 * transaction: a repository's own transaction inside it becomes a savepoint. So a change and
 * its audit entry are saved together or not at all. Other callers wait for the unit to end,
 * as they wait for any query on SQLite's one connection.
 */
export class RegisterDriver extends SqliteDriver {
  readonly #units = new AsyncLocalStorage<OpenUnit>()
  #initialized: Promise<void> | undefined

  constructor(private readonly sqlite: Sqlite.Database) {
    super({ database: sqlite })
  }

  // Kysely initialises a driver on its first query; a unit of work may come first.
  override init(): Promise<void> {
    return (this.#initialized ??= super.init())
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return this.#units.getStore()?.connection ?? super.acquireConnection()
  }

  override async releaseConnection(): Promise<void> {
    // Inside a unit the connection stays held until the unit ends.
    if (!this.#units.getStore()) await super.releaseConnection()
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#units.getStore()
    if (!unit) return run(connection, 'begin immediate')
    unit.depth += 1
    await run(connection, `savepoint nested_${unit.depth}`)
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#units.getStore()
    if (!unit) return run(connection, 'commit')
    await run(connection, `release nested_${unit.depth}`)
    unit.depth -= 1
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#units.getStore()
    if (!unit) return this.rollbackIfOpen(connection)
    // SQLite may already have rolled the whole transaction back (a full disk does): then
    // there is no savepoint left to return to, and the unit's end reports the failure.
    if (this.sqlite.inTransaction) {
      await run(connection, `rollback to nested_${unit.depth}`)
      await run(connection, `release nested_${unit.depth}`)
    }
    unit.depth -= 1
  }

  /** Runs `work` as one transaction, whatever repositories it goes through; nested units join the outer one. */
  async runAsOne<T>(work: () => Promise<T>): Promise<T> {
    if (this.#units.getStore()) return work()
    await this.init()
    const connection = await super.acquireConnection()
    try {
      await run(connection, 'begin immediate')
      try {
        const result = await this.#units.run({ connection, depth: 0 }, work)
        await run(connection, 'commit')
        return result
      } catch (error) {
        await this.rollbackIfOpen(connection)
        throw error
      }
    } finally {
      await super.releaseConnection()
    }
  }

  private async rollbackIfOpen(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await run(connection, 'rollback')
  }
}

/** Kysely's SQLite dialect over the register's driver. */
export class RegisterDialect extends SqliteDialect {
  readonly driver: RegisterDriver

  constructor(sqlite: Sqlite.Database) {
    super({ database: sqlite })
    this.driver = new RegisterDriver(sqlite)
  }

  override createDriver(): Driver {
    return this.driver
  }
}

async function run(connection: DatabaseConnection, statement: string): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(statement))
}
