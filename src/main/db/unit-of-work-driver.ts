import { AsyncLocalStorage } from 'node:async_hooks'
import { CompiledQuery, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely'

/** The transaction a unit of work holds open. */
interface OpenUnit {
  connection: DatabaseConnection
  /**
   * What the unit lends to the repository transactions inside it: the same connection, but
   * one that refuses every statement once the unit has ended. A repository transaction still
   * running then (started side by side with one that failed) cannot commit, roll back or
   * release a connection that is back in the pool, perhaps in another unit's hands.
   */
  lent: DatabaseConnection
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
 * A commit that failed without an answer from the engine: the connection was lost while
 * committing, so the change may or may not have been saved, and saving it again could save
 * it twice. (A commit the engine refused, such as PostgreSQL's ROLLBACK answer, is the
 * engine's own error, passed on.)
 */
export class CommitOutcomeUnknown extends Error {
  constructor(readonly failure: unknown) {
    super('The connection was lost while the change was being committed.', { cause: failure })
    this.name = 'CommitOutcomeUnknown'
  }
}

/** What an engine's transactions need beyond Kysely's own driver. */
export interface TransactionRules {
  /** The statement that opens a transaction. */
  begin: string
  /** The statement that opens a transaction that only reads, from one consistent snapshot. */
  beginSnapshot: string
  /**
   * Whether the engine still holds the transaction open. SQLite rolls a whole transaction
   * back on its own after some failures (a full disk); what follows must then not be saved
   * on its own, outside any transaction.
   */
  stillOpen(): boolean
  /** Whether a failed commit lost its connection, so that it may have been saved after all. */
  lostInCommit(error: unknown): boolean
}

/**
 * An engine's Kysely driver, with units of work.
 *
 * A unit of work (`inOneTransaction`) makes every query inside it, from any repository, one
 * transaction: a repository's own transaction inside it becomes a savepoint. So a change and
 * its audit entry are saved together or not at all, on either engine.
 */
export class UnitOfWorkDriver implements Driver {
  readonly #units = new AsyncLocalStorage<OpenUnit>()
  readonly #lentBy = new WeakMap<DatabaseConnection, OpenUnit>()
  #initialized: Promise<void> | undefined

  constructor(
    private readonly inner: Driver,
    private readonly rules: TransactionRules
  ) {}

  // Kysely initialises a driver on its first query; a unit of work may come first.
  init(): Promise<void> {
    return (this.#initialized ??= this.inner.init())
  }

  destroy(): Promise<void> {
    return this.inner.destroy()
  }

  /** The unit the caller runs in, if it is still open. */
  #activeUnit(): OpenUnit | undefined {
    const unit = this.#units.getStore()
    return unit && !unit.ended ? unit : undefined
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const unit = this.#activeUnit()
    if (!unit) return this.inner.acquireConnection()
    if (!this.rules.stillOpen()) throw new Error('The change was rolled back by the database, so nothing more of it is saved.')
    return unit.lent
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    // A unit's connection stays held until the unit ends, and the unit releases it.
    if (!this.#lentBy.has(connection)) await this.inner.releaseConnection(connection)
  }

  /** The open unit that lent this connection; refused once that unit has ended. */
  #lender(connection: DatabaseConnection): OpenUnit | undefined {
    const unit = this.#lentBy.get(connection)
    if (unit?.ended) throw unitEnded()
    return unit
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const unit = this.#lender(connection)
    if (!unit) {
      if (settings.isolationLevel) return this.inner.beginTransaction(connection, settings)
      return run(connection, this.rules.begin)
    }
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

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#lender(connection)
    if (!unit) return this.inner.commitTransaction(connection)
    // A release that fails leaves the savepoint open: Kysely then rolls back to it, and that
    // ends this level, so it is ended here only once released.
    await run(connection, `release savepoint nested_${unit.depth}`)
    this.#endNested(unit)
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const unit = this.#lender(connection)
    if (!unit) return this.#rollbackIfOpen(connection)
    try {
      // The engine may already have rolled the whole transaction back: then there is no
      // savepoint left to return to, and the unit's end reports the failure.
      if (this.rules.stillOpen()) {
        await run(connection, `rollback to savepoint nested_${unit.depth}`)
        await run(connection, `release savepoint nested_${unit.depth}`)
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
  inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.#inUnit(work, this.rules.begin)
  }

  /** Runs `work`, which only reads, on one consistent snapshot of the database. */
  inOneSnapshot<T>(work: () => Promise<T>): Promise<T> {
    return this.#inUnit(work, this.rules.beginSnapshot)
  }

  async #inUnit<T>(work: () => Promise<T>, begin: string): Promise<T> {
    if (this.#activeUnit()) return work()
    await this.init()
    const connection = await this.inner.acquireConnection()
    const unit: OpenUnit = { connection, lent: connection, depth: 0, turn: Promise.resolve(), ended: false }
    unit.lent = lendingOf(unit)
    this.#lentBy.set(unit.lent, unit)
    try {
      await run(connection, begin)
      try {
        const result = await this.#units.run(unit, work).finally(() => {
          // Ended before its commit or rollback, so that nothing lent can slip in between.
          unit.ended = true
        })
        // The engine's own commit: PostgreSQL answers COMMIT with ROLLBACK when a statement
        // failed inside the transaction and the failure was caught, and Kysely's driver
        // turns that into an error rather than a silent loss.
        try {
          await this.inner.commitTransaction(connection)
        } catch (error) {
          throw this.rules.lostInCommit(error) ? new CommitOutcomeUnknown(error) : error
        }
        return result
      } catch (error) {
        // The failure that ended the unit is the one to report; a rollback that fails too
        // (a connection already lost) has the connection discarded, not pooled again.
        await this.#rollbackIfOpen(connection).catch(() => undefined)
        throw error
      }
    } finally {
      unit.ended = true
      await this.inner.releaseConnection(connection)
    }
  }

  /**
   * Runs `work` while this driver lends no connection to anything else: no query, no open
   * unit. SQLite's online backup of a connection in the middle of a write transaction gets
   * SQLITE_BUSY and better-sqlite3 then ends it as if done, with no file.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.#activeUnit()) throw new Error('Raw work on the register cannot run inside a unit of work.')
    await this.init()
    const connection = await this.inner.acquireConnection()
    try {
      return await work()
    } finally {
      await this.inner.releaseConnection(connection)
    }
  }

  async #rollbackIfOpen(connection: DatabaseConnection): Promise<void> {
    if (this.rules.stillOpen()) await this.inner.rollbackTransaction(connection)
  }
}

/** The connection a unit lends: its own, refusing every statement after the unit ended. */
function lendingOf(unit: OpenUnit): DatabaseConnection {
  return {
    executeQuery(query) {
      if (unit.ended) return Promise.reject(unitEnded())
      return unit.connection.executeQuery(query)
    },
    streamQuery(query, chunkSize) {
      if (unit.ended) throw unitEnded()
      return unit.connection.streamQuery(query, chunkSize)
    }
  }
}

function unitEnded(): Error {
  return new Error('The change this belonged to has already ended, so nothing more of it is saved.')
}

async function run(connection: DatabaseConnection, statement: string): Promise<void> {
  await connection.executeQuery(CompiledQuery.raw(statement))
}
