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
import { words } from '@shared/words/words'
import { wordsLanguage } from '@shared/words/words-language'

/**
 * "Test connection": connects and reads what the server holds, writing nothing. Every reason
 * a desk could not use it (no such server, a wrong password, no such database, too old a
 * PostgreSQL, another application's tables, a newer app's register) is thrown in words.
 */
/** "Connected. The server holds the clinic's register, with 12,480 clients.", in the desk's language and its plural. */
export function registerHeldSummary(clients: number): string {
  const form = new Intl.PluralRules(wordsLanguage()).select(clients) === 'one' ? 'one' : 'other'
  return words(`location.check.holds.${form}`, { count: clients })
}

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
      return { holds: 'nothing', clients: 0, summary: words('location.check.empty') }
    }
    const { clients } = await db.selectFrom('clients').select((eb) => eb.fn.countAll<string>().as('clients')).executeTakeFirstOrThrow()
    const count = Number(clients)
    return { holds: 'register', clients: count, summary: registerHeldSummary(count) }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw explainConnectionFailure(error, address)
  } finally {
    await db.destroy()
  }
}
