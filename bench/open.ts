import { dispatch } from '../src/main/api/dispatch'
import { openSqliteRegister } from '../src/main/db/open-sqlite-register'
import { handlerTable } from './lib/register'
import { median, percentile, round } from './lib/stats'

// What the register screen asks for first (src/renderer/src/register/client-pages.ts).
export const RENDERER_PAGE_SIZE = 100

/**
 * Opens the register (schema check, migrations: none pending), then loads the first page
 * of the register as the renderer does: the count of clients, then the first page by
 * most recent activity. Each run opens a new connection; the first run is a warm-up.
 */
export async function measureOpen({ file, runs }: { file: string; runs: number }) {
  const times: number[] = []
  let shown = 0
  for (let run = 0; run <= runs; run++) {
    const started = performance.now()
    const database = await openSqliteRegister(file)
    const table = handlerTable(database)
    const count = await dispatch(table, 'clients.count', { includeArchived: false })
    const page = await dispatch(table, 'clients.list', { includeArchived: false, offset: 0, limit: RENDERER_PAGE_SIZE })
    const ms = performance.now() - started
    if (!count.ok || !page.ok) throw new Error('The first register page failed to load.')
    shown = (page.value as unknown[]).length
    await database.close()
    if (run > 0) times.push(ms)
  }
  return { median_ms: round(median(times)), p95_ms: round(percentile(times, 95)), runs: times.length, rows_shown: shown }
}
