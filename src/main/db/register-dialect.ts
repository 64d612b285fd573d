import { AsyncLocalStorage } from 'node:async_hooks'
import type Sqlite from 'better-sqlite3'
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely'

/** The transaction a unit of work holds open. */
interface OpenUnit {
  connection: DatabaseConnection
  /** How many repository transactions are open inside it, as savepoints. */
  depth: number
  /** Repository transactions inside a unit take turns, as they would outside one: the last turn asked for. */
  turn: Promise<void>
  /** Ends the turn of the repository transaction open now. */
  endTurn?: () => void
  /** Set when the unit has committed or rolled back: work it scheduled for later is not part of it. */
  ended: boolean
}

/**
 * Kysely's SQLite driver with two rules the register needs.
 *
 * Transactions begin IMMEDIATE: every transaction here writes, and asking for the write lock
 * at BEGIN lets SQLite's busy timeout wait for another process (the admin CLI, a backup
 * script). A plain BEGIN asks for it only at the first write, where SQLite answers
 * SQLITE_BUSY at once rather than risk a deadlock.
 *
 * A unit of work (`inOneTransaction`) makes every query inside it, from any repository, one
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

  /** The unit the caller runs in, if it is still open. */
  #activeUnit(): OpenUnit | undefined {
    const unit = this.#units.getStore()
    return unit && !unit.ended ? unit : undefined
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const unit = this.#activeUnit()
    if (!unit) return super.acquireConnection()
    // SQLite may have rolled the whole unit back (a full disk does): what follows must not be
    // saved on its own, outside any transaction.
    if (!this.sqlite.inTransaction) throw new Error('The change was rolled back by SQLite, so nothing more of it is saved.')
    return unit.connection
  }

  override async releaseConnection(): Promise<void> {
    // Inside a unit the connection stays held until the unit ends.
    if (!this.#activeUnit()) await super.releaseConnection()
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#activeUnit()
    if (!unit) return run(connection, 'begin immediate')
    const previous = unit.turn
    let endTurn!: () => void
    unit.turn = new Promise((resolve) => (endTurn = resolve))
    await previous
    try {
      await run(connection, `savepoint nested_${unit.depth + 1}`)
    } catch (error) {
      endTurn()
      throw error
    }
    unit.depth += 1
    unit.endTurn = endTurn
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#activeUnit()
    if (!unit) return run(connection, 'commit')
    try {
      await run(connection, `release nested_${unit.depth}`)
    } finally {
      this.#endNested(unit)
    }
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#activeUnit()
    if (!unit) return this.#rollbackIfOpen(connection)
    try {
      // SQLite may already have rolled the whole transaction back (a full disk does): then
      // there is no savepoint left to return to, and the unit's end reports the failure.
      if (this.sqlite.inTransaction) {
        await run(connection, `rollback to nested_${unit.depth}`)
        await run(connection, `release nested_${unit.depth}`)
      }
    } finally {
      this.#endNested(unit)
    }
  }

  #endNested(unit: OpenUnit): void {
    const { endTurn } = unit
    unit.depth -= 1
    unit.endTurn = undefined
    endTurn?.()
  }

  /** Runs `work` as one transaction, whatever repositories it goes through; nested units join the outer one. */
  async inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.#activeUnit()) return work()
    await this.init()
    const connection = await super.acquireConnection()
    const unit: OpenUnit = { connection, depth: 0, turn: Promise.resolve(), ended: false }
    try {
      await run(connection, 'begin immediate')
      try {
        const result = await this.#units.run(unit, work)
        await run(connection, 'commit')
        return result
      } catch (error) {
        await this.#rollbackIfOpen(connection)
        throw error
      }
    } finally {
      unit.ended = true
      await super.releaseConnection()
    }
  }

  /**
   * Runs `work` on the raw connection while nothing else uses it: no query, no open unit.
   * SQLite's online backup of a connection in the middle of a write transaction gets
   * SQLITE_BUSY and better-sqlite3 then ends it as if done, with no file.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.#activeUnit()) throw new Error('Raw work on the register cannot run inside a unit of work.')
    await this.init()
    await super.acquireConnection()
    try {
      return await work()
    } finally {
      await super.releaseConnection()
    }
  }

  async #rollbackIfOpen(connection: DatabaseConnection): Promise<void> {
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
