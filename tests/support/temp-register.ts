import type { Actor } from '../../src/main/audit/actor'
import { DeskSession } from '../../src/main/staff/desk-session'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { CallName } from '../../src/shared/contract/call-names'
import type { CallInput, CallOutput } from '../../src/shared/contract/calls'
import type { CallResult } from '../../src/shared/contract/errors'
import { dispatch } from '../../src/main/api/dispatch'
import { createHandlerTable, type HandlerTable } from '../../src/main/api/handler-table'
import { openSqliteRegister, type OpenOptions } from '../../src/main/db/open-sqlite-register'
import { openPostgresRegister } from '../../src/main/db/postgres/open-postgres-register'
import { parseServerAddress } from '../../src/main/db/postgres/server-address'
import type { RegisterDatabase, SqliteRegisterDatabase } from '../../src/main/db/register-database'
import { dropTestDatabase, newTestDatabase, type TestServer } from './test-databases'
import type { Clock } from '../../src/main/register/client-repository'
import { fontsDir, projectRoot } from '../../src/main/app-paths'
import type { Layouts } from '../../src/main/handouts/printed/layout-versions'
import type { RenderFile } from '../../src/main/handouts/handout-service'
import { testRenderPool } from './test-render-pool'

/** A real register (a SQLite file in a fresh temp folder, or a fresh database on the test server), reached through the real handler table. */
export interface TempRegister<D extends RegisterDatabase = RegisterDatabase> {
  dir: string
  /** Where the register is: its file, or its postgres:// URL. */
  location: string
  database: D
  table: HandlerTable
  /** Calls through dispatch, exactly as IPC does, returning the result envelope. */
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResult<CallOutput<N>>>
  /** Calls and expects success. */
  ok<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>
  /** Every row of every table, to prove a failed call changed nothing. */
  snapshot(): Promise<Record<string, unknown[]>>
  close(): Promise<void>
}

/** A register in a SQLite file, with the file's path. */
export type SqliteTempRegister = TempRegister<SqliteRegisterDatabase> & { file: string }

export type Engine = RegisterDatabase['engine']

/** The engine this test run uses: the vitest project "postgres" sets AFTERCARE_TEST_ENGINE. */
export const testEngine: Engine = process.env.AFTERCARE_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite'

export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aftercare-test-'))
}

type TempOptions = { clock?: Clock; dir?: string }

/** A register on this run's engine. */
export async function openTempRegister(options: TempOptions = {}): Promise<TempRegister> {
  if (testEngine === 'sqlite') return openTempSqliteRegister(options)
  const dir = options.dir ?? makeTempDir()
  // Imported here, not at the top: Playwright's tests open SQLite registers through this file too.
  const { inject } = await import('vitest')
  const server: TestServer = inject('postgres')
  const url = await newTestDatabase(server)
  const database = await openPostgresRegister(parseServerAddress(url), { backupsDir: join(dir, 'backups') })
  return tempRegister(database, url, dir, options, async () => {
    await database.close()
    await dropTestDatabase(server, url)
    if (!options.dir) rmSync(dir, { recursive: true, force: true })
  })
}

/** A register in a SQLite file, for what only SQLite does (its files, pages and pragmas). */
export async function openTempSqliteRegister(options: OpenOptions & TempOptions = {}): Promise<SqliteTempRegister> {
  const dir = options.dir ?? makeTempDir()
  const file = join(dir, 'register.sqlite3')
  const database = await openSqliteRegister(file, options)
  const register = tempRegister(database, file, dir, options, async () => {
    await database.close()
    if (!options.dir) rmSync(dir, { recursive: true, force: true })
  })
  return { ...register, file }
}

function tempRegister<D extends RegisterDatabase>(
  database: D,
  location: string,
  dir: string,
  options: TempOptions,
  close: () => Promise<void>
): TempRegister<D> {
  const table = deskHandlerTable(database, 'Test desk', options.clock)
  return {
    dir,
    location,
    database,
    table,
    ...callsOf(table),
    async snapshot() {
      const tables = (await database.db.introspection.getTables()).map(({ name }) => name).sort()
      const dump: Record<string, unknown[]> = {}
      for (const name of tables) {
        dump[name] = (await sql`select * from ${sql.table(name)} order by 1, 2`.execute(database.db)).rows
      }
      return dump
    },
    close
  }
}

/** Who the audit log names for what a test does by itself, at the tests' one computer. */
export function testActor(name: string): Actor {
  return { name, staffId: null, desk: 'test-desk' }
}

/**
 * The real handler table over a register, as one desk of the tests (named `actor` in the
 * audit log) has it. A register nobody has set up is used as before staff, unless the test
 * asks for the window's own first start (`whenNotSetUp: 'ask'`). Files are drawn on the
 * tests' render pool of two workers, as the app draws them, unless `renderFile` says otherwise.
 */
export function deskHandlerTable(
  database: RegisterDatabase,
  actor: string,
  clock?: Clock,
  options: { whenNotSetUp?: 'ask' | 'open'; desk?: string; layouts?: Layouts; renderFile?: RenderFile } = {}
): HandlerTable {
  const session = new DeskSession({
    database,
    computer: { ...testActor(actor), desk: options.desk ?? 'test-desk' },
    whenNotSetUp: options.whenNotSetUp ?? 'open',
    nobodySignedIn: 'locked',
    clock
  })
  return createHandlerTable({
    database,
    appName: 'Aftercare Desk',
    appVersion: '0.0.0-test',
    fontsDir: fontsDir(projectRoot(import.meta.url)),
    session,
    clock,
    layouts: options.layouts,
    renderFile: options.renderFile ?? testRenderPool().render
  })
}

/** Calls through dispatch, exactly as IPC does: `call` gives the envelope, `ok` expects success. */
export function callsOf(table: HandlerTable): Pick<TempRegister, 'call' | 'ok'> {
  const call = <N extends CallName>(name: N, input: CallInput<N>) =>
    dispatch(table, name, input) as Promise<CallResult<CallOutput<N>>>
  return {
    call,
    async ok(name, input) {
      const result = await call(name, input)
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`)
      return result.value
    }
  }
}

/** A clock that moves one second forward at every reading, so activity order is certain. */
export function steppingClock(start = '2026-11-29T09:00:00Z'): Clock {
  let time = Date.parse(start)
  return () => new Date((time += 1000))
}
