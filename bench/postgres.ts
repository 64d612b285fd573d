import { sql } from 'kysely'
import { copyRegister } from '../src/main/db/register-copy'
import { startThrowawayServer } from '../tests/support/postgres-server'
import { runStep } from './lib/child'
import { openBenchRegister } from './lib/register'
import { round } from './lib/stats'
import type { SearchResult } from './search'

export interface PostgresResult {
  server_version: string
  copy_s: number
  search: SearchResult
  /** Two desks, each making its own day of handouts as one job, at the same moment. */
  two_desks_batch_s: number
  two_desks_each_s: number[]
  handouts_logged: number
  handouts_expected: number
}

/**
 * The same register on PostgreSQL: a throwaway server started as the tests start theirs,
 * the seeded file copied into it (and verified, as `register copy` does), then search
 * through the handler, and the day's handout job run by two desks at once.
 */
export async function benchPostgres(
  file: string,
  settings: { searchQueries: number; searchRounds: number; handouts: number },
  say: (text: string) => void
): Promise<PostgresResult> {
  const server = await startThrowawayServer()
  try {
    await server.admin('create database bench')
    const url = server.url('bench')
    say('postgres: copying the register onto the server')
    const source = await openBenchRegister(file)
    const target = await openBenchRegister(url)
    const copyStarted = performance.now()
    await copyRegister(source.database, target.database)
    const copySeconds = (performance.now() - copyStarted) / 1000
    await source.close()
    // As a server's autovacuum would have done by the time anyone searches: statistics for the planner.
    await sql`vacuum analyze`.execute(target.database.db)
    const { rows } = await sql<{ server_version: string }>`show server_version`.execute(target.database.db)
    const version = String(rows[0]?.server_version)
    const logged = async () => Number((await target.database.db.selectFrom('handout_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    const before = await logged()

    say(`postgres: search, ${settings.searchQueries} queries`)
    const search = await runStep<SearchResult>('search', { file: url, count: settings.searchQueries, rounds: settings.searchRounds, likeRounds: 1 })

    say(`postgres: two desks each making ${settings.handouts} handouts at once`)
    const started = performance.now()
    const desks = await Promise.all(
      [0, 1].map((desk) => runStep<{ seconds: number }>('handout-batch', { file: url, count: settings.handouts, warmedUp: true, skip: desk * settings.handouts }))
    )
    const together = (performance.now() - started) / 1000
    const after = await logged()
    await target.close()
    return {
      server_version: version,
      copy_s: round(copySeconds, 1),
      search,
      two_desks_batch_s: round(together, 2),
      two_desks_each_s: desks.map(({ seconds }) => seconds),
      handouts_logged: after - before,
      handouts_expected: 2 * settings.handouts
    }
  } finally {
    server.stop()
  }
}
