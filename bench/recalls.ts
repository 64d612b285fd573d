import { dispatch } from '../src/main/api/dispatch'
import { openSqliteRegister } from '../src/main/db/open-sqlite-register'
import { handlerTable } from './lib/register'
import { median, percentile, round } from './lib/stats'

/**
 * The recall list as the Recalls screen and Today ask for it (windows open now or opening in
 * the next 14 days), through dispatch on the handler table: read off recall_windows_by_close,
 * never by planning every client. The first run is a warm-up.
 */
export async function measureRecallList({ file, runs }: { file: string; runs: number }) {
  const database = await openSqliteRegister(file)
  try {
    const table = handlerTable(database)
    const times: number[] = []
    let listed = 0
    for (let run = 0; run <= runs; run++) {
      const started = performance.now()
      const result = await dispatch(table, 'recalls.list', {})
      const ms = performance.now() - started
      if (!result.ok) throw new Error(`The recall list failed: ${result.error.message}`)
      listed = (result.value as { entries: unknown[] }).entries.length
      if (run > 0) times.push(ms)
    }
    return { median_ms: round(median(times)), p95_ms: round(percentile(times, 95)), runs: times.length, listed }
  } finally {
    await database.close()
  }
}
