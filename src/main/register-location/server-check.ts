import pg from 'pg'
import { Kysely, PostgresDialect } from 'kysely'
import type { ServerCheck } from '@shared/contract/register-location'
import { DatabaseOpenError } from '../db/database-open-error'
import { MIGRATIONS } from '../db/migrations'
import { checkMigrationHistory } from '../db/migrator'
import { firstFilledTable } from '../db/register-copy'
import { explainConnectionFailure } from '../db/postgres/connection-failure'
import { DESK_CONNECTION, readAppliedMigrations, refuseOldServer } from '../db/postgres/open-postgres-register'
import type { ServerAddress } from '../db/postgres/server-address'
import type { Database } from '../db/schema'

/**
 * "Test connection": connects and reads what the server holds, writing nothing. Every reason
 * a desk could not use it (no such server, a wrong password, no such database, too old a
 * PostgreSQL, another application's tables, a newer app's register) is thrown in words.
 */
export async function checkServer(address: ServerAddress): Promise<ServerCheck> {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ ...address.config, ...DESK_CONNECTION, max: 1 }) })
  })
  try {
    await refuseOldServer(db, address)
    const applied = await readAppliedMigrations(db, address)
    if (applied.length > 0) checkMigrationHistory(applied, MIGRATIONS)
    // A register's tables with nothing in them (a move that failed half-way leaves them) are as good as empty.
    if (applied.length === 0 || !(await firstFilledTable(db))) {
      return { holds: 'nothing', clients: 0, summary: 'Connected. The database is empty, ready to receive a register.' }
    }
    const { clients } = await db.selectFrom('clients').select((eb) => eb.fn.countAll<string>().as('clients')).executeTakeFirstOrThrow()
    const count = Number(clients)
    return { holds: 'register', clients: count, summary: `Connected. The server holds the clinic's register, with ${count.toLocaleString('en-GB')} ${count === 1 ? 'client' : 'clients'}.` }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw explainConnectionFailure(error, address)
  } finally {
    await db.destroy()
  }
}
