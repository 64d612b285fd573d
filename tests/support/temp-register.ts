import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { CallName } from '../../src/shared/contract/call-names'
import type { CallInput, CallOutput } from '../../src/shared/contract/calls'
import type { CallResult } from '../../src/shared/contract/errors'
import { dispatch } from '../../src/main/api/dispatch'
import { createHandlerTable, type HandlerTable } from '../../src/main/api/handler-table'
import { openRegisterDatabase, type OpenOptions, type RegisterDatabase } from '../../src/main/db/connection'
import type { Clock } from '../../src/main/register/client-repository'
import { fontsDir, projectRoot } from '../../src/main/app-paths'

/** A real register in a fresh temp folder, reached through the real handler table. */
export interface TempRegister {
  dir: string
  file: string
  database: RegisterDatabase
  table: HandlerTable
  /** Calls through dispatch, exactly as IPC does, returning the result envelope. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>
  /** Calls and expects success. */
  ok<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  /** Every row of every table, to prove a failed call changed nothing. */
  snapshot(): Promise<Record<string, unknown[]>>
  close(): Promise<void>
}

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aftercare-test-'))
}

export async function openTempRegister(options: OpenOptions & { clock?: Clock; dir?: string } = {}): Promise<TempRegister> {
  const dir = options.dir ?? makeTempDir()
  const file = join(dir, 'register.sqlite3')
  const database = await openRegisterDatabase(file, options)
  const table = createHandlerTable({
    database,
    appName: 'Aftercare Desk',
    appVersion: '0.0.0-test',
    fontsDir: fontsDir(projectRoot(import.meta.url)),
    actor: 'Test desk',
    clock: options.clock
  })
  const call = <N extends CallName>(name: N, input: CallInput<N>) =>
    dispatch(table, name, input) as Promise<CallResult<CallOutput<N>>>
  return {
    dir,
    file,
    database,
    table,
    call,
    async ok(name, input) {
      const result = await call(name, input)
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
      return result.value
    },
    async snapshot() {
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(
        database.db
      )
      const dump: Record<string, unknown[]> = {}
      for (const { name } of tables.rows) {
        dump[name] = (await sql`select * from ${sql.table(name)} order by 1, 2`.execute(database.db)).rows
      }
      return dump
    },
    async close() {
      await database.close()
      if (!options.dir) rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A clock that moves one second forward at every reading, so activity order is certain. */
export function steppingClock(start = '2026-11-29T09:00:00Z'): Clock {
  let time = Date.parse(start)
  return () => new Date((time += 1000))
}
