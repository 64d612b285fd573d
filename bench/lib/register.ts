import { join } from 'node:path'
import type { CallName } from '../../src/shared/contract/call-names'
import type { CallInput, CallOutput } from '../../src/shared/contract/calls'
import { dispatch } from '../../src/main/api/dispatch'
import { createHandlerTable, type HandlerTable } from '../../src/main/api/handler-table'
import { fontsDir, projectRoot } from '../../src/main/app-paths'
import { openRegister } from '../../src/main/db/open-register'
import type { RenderFile } from '../../src/main/handouts/handout-service'
import { createRenderPool, type RenderPool } from '../../src/main/handouts/render-pool/render-pool'
import { DeskSession } from '../../src/main/staff/desk-session'
import type { RegisterDatabase } from '../../src/main/db/register-database'
import { benchRenderWorker } from './render-worker'

/** The benchmark register, reached exactly as the renderer reaches it: dispatch on the handler table. */
export interface BenchRegister {
  database: RegisterDatabase
  table: HandlerTable
  /** Draws the handouts, as the app's does: one worker per core (at most four), started with the first file. */
  renderPool: RenderPool
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  close(): Promise<void>
}

export const ROOT = projectRoot(import.meta.url)

/** A desk of a clinic where one person works (no sign-in): the benchmark measures the register, not the PIN. */
export function handlerTable(database: RegisterDatabase, renderFile?: RenderFile): HandlerTable {
  const session = new DeskSession({ database, computer: { name: 'Benchmark', staffId: null, desk: 'bench' }, whenNotSetUp: 'open', nobodySignedIn: 'locked' })
  return createHandlerTable({ database, appName: 'Aftercare Desk', appVersion: 'bench', fontsDir: fontsDir(ROOT), session, renderFile })
}

export async function callOk<N extends CallName>(table: HandlerTable, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await dispatch(table, name, input)
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
  return result.value as CallOutput<N>
}

/** The benchmark register at `location`: its SQLite file, or its database on the benchmark's PostgreSQL server. */
export async function openBenchRegister(location: string): Promise<BenchRegister> {
  const database = await openRegister(location, { serverBackupsDir: join(ROOT, 'bench', 'tmp', 'server-backups') })
  const renderPool = createRenderPool({ workerFile: await benchRenderWorker(), fontsDir: fontsDir(ROOT) })
  const table = handlerTable(database, renderPool.render)
  return {
    database,
    table,
    renderPool,
    call: (name, input) => callOk(table, name, input),
    async close() {
      await renderPool.close()
      await database.close()
    }
  }
}
