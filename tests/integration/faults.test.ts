import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { chmodSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { fontsDir } from '../../src/main/app-paths'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import { ClientRepository } from '../../src/main/register/client-repository'
import { clientFieldsSchema } from '../../src/shared/register/client'
import type { CallResult } from '../../src/shared/contract/errors'
import { chmodTree, deskUser, giveToDeskUser, NO_PERMISSIONS_REASON, permissionsBind } from '../support/desk-user'
import { fingerprint } from '../support/register-fingerprint'
import { bundleNodeScript, root } from '../support/node-script'
import { makeTempDir, openTempSqliteRegister, type SqliteTempRegister } from '../support/temp-register'

// Faults the clinic's machine can throw at the register: another program holding the write
// lock, a register the desk may not write, a full disk. Each is caused for real where this
// machine allows it, and each test says how. The desk must get a clear message, keep running
// (no crash, so no crash loop), and lose nothing.

type Result = CallResult<unknown>

/** A stand-in for the app's main process (tests/support/desk-process.ts), one call per line. */
interface Desk {
  child: ChildProcessWithoutNullStreams
  /** The first line: ready, or why the register would not open. */
  opening: { ready: true } | { openError: { kind: string; message: string } }
  call(name: string, input?: unknown): Promise<Result>
  /** Resolves when the process ends, with its exit code and everything it wrote on stderr. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
  stop(): Promise<{ code: number | null; stderr: string }>
}

let deskScript: { file: string; remove(): void }
const dirs: string[] = []
const desks: Desk[] = []
const registers: SqliteTempRegister[] = []

beforeAll(async () => {
  deskScript = await bundleNodeScript('tests/support/desk-process.ts')
})
afterEach(async () => {
  for (const desk of desks.splice(0)) await desk.stop()
  for (const register of registers.splice(0)) await register.close().catch(() => undefined)
  for (const dir of dirs.splice(0)) {
    chmodTree(dir, 0o755, 0o644)
    rmSync(dir, { recursive: true, force: true })
  }
})
afterAll(() => deskScript?.remove())

function startDesk(file: string, options: { fileSizeLimitKb?: number; asDeskUser?: boolean } = {}): Promise<Desk> {
  const node = [process.execPath, deskScript.file, file, fontsDir(root)]
  // `ulimit -S -f`: a soft limit, so it can be raised again while the process runs.
  const [command, ...args] =
    options.fileSizeLimitKb === undefined
      ? node
      : ['bash', '--norc', '-c', `ulimit -S -f ${options.fileSizeLimitKb} && exec "$@"`, 'desk', ...node]
  const child = spawn(command as string, args, { cwd: root, ...(options.asDeskUser ? deskUser : {}) })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr }))
  )
  const waiting: ((line: string) => void)[] = []
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => waiting.shift()?.(line))
  const nextLine = (): Promise<string> =>
    new Promise((resolve, reject) => {
      waiting.push(resolve)
      void ended.then(({ code, signal }) => reject(new Error(`the desk ended (code ${code}, signal ${signal}): ${stderr}`)))
    })
  const opening = nextLine()
  return opening.then((first) => {
    const desk: Desk = {
      child,
      opening: JSON.parse(first) as Desk['opening'],
      async call(name, input = {}) {
        const answer = nextLine()
        child.stdin.write(`${JSON.stringify({ name, input })}\n`)
        return JSON.parse(await answer) as Result
      },
      ended,
      async stop() {
        child.stdin.end()
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        const { code } = await ended
        clearTimeout(timer)
        return { code, stderr }
      }
    }
    desks.push(desk)
    return desk
  })
}

/** A register with a few clients, closed, in a folder the desk user owns. */
async function registerForDesk(clients = 3): Promise<{ dir: string; file: string; ids: string[] }> {
  const dir = makeTempDir()
  dirs.push(dir)
  const register = await openTempSqliteRegister({ dir })
  const ids: string[] = []
  for (let i = 0; i < clients; i++) {
    ids.push((await register.ok('clients.create', { givenName: 'Zoë', familyName: `Łukasiewicz ${'abcdefgh'[i]}` })).id)
  }
  await register.close()
  giveToDeskUser(dir)
  return { dir, file: register.file, ids }
}

/** Opens the register as the app does and checks it: integrity, and the ids it must hold. */
async function expectIntactWith(file: string, clientIds: string[]): Promise<void> {
  const database = await openSqliteRegister(file)
  try {
    expect(database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(database.sqlite.pragma('foreign_key_check')).toEqual([])
    const stored = new Set(database.sqlite.prepare('select id from clients').pluck().all() as string[])
    expect(clientIds.filter((id) => !stored.has(id))).toEqual([])
  } finally {
    await database.close()
  }
}

function expectError(result: Result, code: string, message: RegExp): void {
  expect(result.ok, JSON.stringify(result)).toBe(false)
  if (result.ok) return
  expect(result.error.code).toBe(code)
  expect(result.error.message).toMatch(message)
}

const treatmentFor = (clientId: string) => ({
  clientId,
  performedAt: '2026-01-10T10:00',
  timeZone: 'Europe/London',
  zones: [{ zone: 'cheeks' as const, depthMm: 1 }]
})

describe('a register locked by another program', () => {
  // The other program is a separate process that holds SQLite's write lock (BEGIN EXCLUSIVE)
  // with a change of its own pending, as a backup tool or a second copy of the app might. It
  // commits when told to on stdin, or after `holdMs` when given.
  const holderSource = `
    const Sqlite = require('better-sqlite3')
    const db = new Sqlite(process.argv[1])
    db.exec('begin exclusive')
    db.prepare("insert into settings (key, value) values ('other-program', '1')").run()
    process.stdout.write('locked\\n')
    const release = () => { db.exec('commit'); db.close(); process.stdout.write('committed\\n'); process.exit(0) }
    if (process.argv[2]) setTimeout(release, Number(process.argv[2]))
    else process.stdin.once('data', release)
  `
  const holders: ChildProcessWithoutNullStreams[] = []
  afterEach(() => {
    for (const holder of holders.splice(0)) holder.kill('SIGKILL')
  })

  async function lockRegister(file: string, holdMs?: number): Promise<{ release(): Promise<void> }> {
    const holder = spawn(process.execPath, ['-e', holderSource, file, ...(holdMs ? [String(holdMs)] : [])], { cwd: root })
    holders.push(holder)
    const output = createInterface({ input: holder.stdout })[Symbol.asyncIterator]()
    expect((await output.next()).value).toBe('locked')
    return {
      async release() {
        if (!holdMs) holder.stdin.write('go\n')
        expect((await output.next()).value).toBe('committed')
      }
    }
  }

  it('a change gets the busy message within the busy timeout; reads go on; nothing is lost', { timeout: 60_000 }, async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Lima' })
    const lock = await lockRegister(register.file)
    const before = await register.snapshot()

    let started = Date.now()
    expectError(
      await register.call('clients.create', { givenName: 'Bea', familyName: 'Lima' }),
      'database_busy',
      /busy in another program\. Nothing was changed; please try again in a moment/
    )
    // It waited for the lock (busy_timeout is 5 s) rather than failing at once, and no longer.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500)
    expect(Date.now() - started).toBeLessThan(9_000)
    started = Date.now()
    // A treatment reads its client before it writes, so SQLite refuses it at once instead of
    // waiting (see the .fails test below); still the typed error, and within the timeout.
    expectError(await register.call('treatments.create', treatmentFor(ana.id)), 'database_busy', /busy in another program/)
    expect(Date.now() - started).toBeLessThan(9_000)

    // Reading goes on while another program writes (the write-ahead log allows it).
    expect(await register.ok('clients.count', {})).toBe(1)
    expect(await register.ok('clients.search', { query: 'lima' })).toHaveLength(1)
    expect(await register.snapshot()).toEqual(before)

    await lock.release()
    // Once the lock is gone the same changes go through, and the other program's change is kept.
    await register.ok('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    await register.ok('treatments.create', treatmentFor(ana.id))
    expect(await register.ok('clients.count', {})).toBe(2)
    const other = register.database.sqlite.prepare("select value from settings where key = 'other-program'").pluck().get()
    expect(other).toBe('1')
    expect(register.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('a lock held for a moment: a new client waits for it and is saved', { timeout: 30_000 }, async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const lock = await lockRegister(register.file, 1_500)
    const started = Date.now()
    await register.ok('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    await lock.release()
  })

  // A treatment reads its client before it writes: its transaction takes the write lock at
  // BEGIN (IMMEDIATE), so it waits out the lock too instead of failing mid-transaction.
  it('a lock held for a moment: a treatment waits for it and is saved', { timeout: 30_000 }, async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Lima' })
    const lock = await lockRegister(register.file, 1_500)
    try {
      await register.ok('treatments.create', treatmentFor(ana.id))
    } finally {
      await lock.release()
    }
  })
})

const noPermissions = ` (skipped: ${NO_PERMISSIONS_REASON})`
describe.skipIf(!permissionsBind)(`a register the desk may not write${permissionsBind ? '' : noPermissions}`, () => {
  // chmod, as the clinic's IT or a sync tool might leave it; see deskUser for root.
  it('write-protected file: reads work, a change gets a clear message, the desk keeps running', { timeout: 60_000 }, async () => {
    const { dir, file, ids } = await registerForDesk()
    chmodSync(file, 0o444)
    const untouched = fingerprint(file)
    const desk = await startDesk(file, { asDeskUser: true })
    expect(desk.opening).toEqual({ ready: true })

    expect(await desk.call('clients.count')).toEqual({ ok: true, value: ids.length })
    expectError(
      await desk.call('clients.create', { givenName: 'Bea', familyName: 'Lima' }),
      'database_unavailable',
      /read-only on this computer, so nothing was saved\. Ask your IT support/
    )
    expectError(
      await desk.call('clients.update', { id: ids[0], fields: { givenName: 'Zoe', familyName: 'Lukasiewicz' }, version: 1 }),
      'database_unavailable',
      /read-only/
    )
    // Still running and still answering: no crash, so nothing to restart in a loop.
    expect(await desk.call('clients.get', { id: ids[0] })).toMatchObject({ ok: true, value: { givenName: 'Zoë' } })
    const { code, stderr } = await desk.stop()
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(fingerprint(file)).toBe(untouched)

    // Permission back (SQLite made the log and index files beside it write-protected like the
    // register, so the whole folder's files): a new start writes again, and everything is there.
    chmodTree(dir, 0o755, 0o644)
    const again = await startDesk(file, { asDeskUser: true })
    expect(await again.call('clients.create', { givenName: 'Bea', familyName: 'Lima' })).toMatchObject({ ok: true })
    await again.stop()
    await expectIntactWith(file, ids)
  })

  it('read-only folder: the register is not opened, not changed, and the start ends once', { timeout: 60_000 }, async () => {
    const { dir, file, ids } = await registerForDesk()
    chmodTree(dir, 0o555, 0o444)
    const untouched = fingerprint(file)
    const desk = await startDesk(file, { asDeskUser: true })
    // SQLite cannot make the write-ahead log's index beside a register in a read-only folder,
    // so it cannot even read it. The start reports that once and ends with code 1: the app
    // shows it in a dialog and quits (src/main/index.ts), it does not restart itself.
    expect(desk.opening).toMatchObject({ openError: { message: expect.stringMatching(/readonly|read-only/) } })
    const ended = await desk.ended
    expect(ended.code).toBe(1)
    expect(ended.stderr).toBe('')
    expect(fingerprint(file)).toBe(untouched)

    chmodTree(dir, 0o755, 0o644)
    await expectIntactWith(file, ids)
  })

  // SQLite's SQLITE_READONLY_DIRECTORY becomes words for the start dialog, not "SqliteError: attempt to write a readonly database".
  it('read-only folder: the start message is written for the desk', { timeout: 60_000 }, async () => {
    const { dir, file } = await registerForDesk()
    chmodTree(dir, 0o555, 0o444)
    const desk = await startDesk(file, { asDeskUser: true })
    expect(desk.opening).toMatchObject({ openError: { kind: 'cannot_open' } })
    const { message } = (desk.opening as { openError: { message: string } }).openError
    expect(message).toMatch(/folder is read-only for this computer account, so nothing was read or changed\. Ask your IT support/)
    expect(message).not.toMatch(/SqliteError|SQLITE_/)
    await desk.ended
  })
})

describe('a full disk', () => {
  it("SQLite's page limit (exactly SQLite's disk-full error): a clear message, nothing half-written, then it works again", async () => {
    // PRAGMA max_page_count makes SQLite answer SQLITE_FULL as soon as the register would grow,
    // the very error a full disk gives. It runs in this process, so the app's own process is
    // the one that must not crash.
    const register = await openTempSqliteRegister()
    registers.push(register)
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Lima' })
    const { sqlite } = register.database
    // Without free pages (the migrations' dropped index leaves some), the very next write must grow the file.
    sqlite.exec('vacuum')
    const pages = sqlite.pragma('page_count', { simple: true }) as number
    sqlite.pragma(`max_page_count = ${pages}`)
    const before = await register.snapshot()

    let failed: Result | undefined
    for (let i = 0; i < 50 && !failed; i++) {
      const result = await register.call('clients.create', { givenName: 'Bea', familyName: 'Lima', notes: 'n'.repeat(4000) })
      if (!result.ok) failed = result
    }
    expect(failed, 'the page limit never stopped a write').toBeDefined()
    expectError(failed as Result, 'database_unavailable', /disk is full, so nothing was saved\. Free some space/)
    expect(await register.snapshot()).toEqual(before)
    expectError(
      await register.call('treatments.create', {
        clientId: ana.id,
        performedAt: '2026-01-10T10:00',
        timeZone: 'Europe/London',
        zones: [{ zone: 'cheeks', depthMm: 1 }],
        notes: 'n'.repeat(4000)
      }),
      'database_unavailable',
      /disk is full/
    )
    expect(await register.snapshot()).toEqual(before)
    expect(await register.ok('clients.count', {})).toBe(1)

    sqlite.pragma('max_page_count = 1073741823')
    await register.ok('clients.create', { givenName: 'Bea', familyName: 'Lima', notes: 'n'.repeat(4000) })
    expect(await register.ok('clients.count', {})).toBe(2)
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  const canLimitFileSize =
    permissionsBind && process.platform === 'linux' && spawnSync('bash', ['-c', 'ulimit -S -f 1']).status === 0
  const canRaiseLimit = spawnSync('prlimit', ['--version']).status === 0

  it.skipIf(!canLimitFileSize)(
    'a file-size limit on the desk process (the kernel refuses the writes): a clear message, nothing lost, then it works again' +
      (canLimitFileSize ? '' : ' (skipped: needs Linux, `ulimit -f`, and a process as `nobody` when run as root)'),
    { timeout: 90_000 },
    async () => {
      // No tmpfs can be mounted here, so the disk is "full" by RLIMIT_FSIZE (`ulimit -f`): the
      // kernel refuses every write past the limit, as a full disk does, though with EFBIG where a
      // full disk gives ENOSPC; SQLite reports it as a disk I/O error rather than SQLITE_FULL.
      const { dir, file, ids } = await registerForDesk()
      const largest = Math.max(...readdirSync(dir).map((name) => statSync(join(dir, name)).size))
      const desk = await startDesk(file, { asDeskUser: true, fileSizeLimitKb: Math.ceil(largest / 1024) + 40 })
      expect(desk.opening).toEqual({ ready: true })

      const saved: string[] = []
      let failed: Result | undefined
      for (let i = 0; i < 200 && !failed; i++) {
        const countBefore = (await desk.call('clients.count')) as { value: number }
        const result = await desk.call('clients.create', { givenName: 'Bea', familyName: 'Lima', notes: 'n'.repeat(3000) })
        if (result.ok) {
          saved.push((result.value as { id: string }).id)
          continue
        }
        failed = result
        // The client and its audit entry are one transaction: wherever the limit fell, the failed call left nothing.
        expect(await desk.call('clients.count')).toEqual(countBefore)
      }
      expect(failed, 'the file-size limit never stopped a write').toBeDefined()
      expectError(failed as Result, 'database_unavailable', /could not be written to the disk, so nothing was saved\. The disk may be full/)
      // Still running and answering; trying the same again while the disk is still full fails the same way.
      expect(await desk.call('clients.search', { query: 'lima' })).toMatchObject({ ok: true })
      const sameAgain = await desk.call('clients.create', { givenName: 'Bea', familyName: 'Lima', notes: 'n'.repeat(3000) })
      expectError(sameAgain, 'database_unavailable', /disk/)

      // Space back: lift the limit on the running desk (prlimit), or start it again without one.
      let afterSpace = desk
      if (canRaiseLimit) {
        // As the desk's own user: root without CAP_SYS_RESOURCE may not change another user's limits.
        const raised = spawnSync('prlimit', ['--pid', String(desk.child.pid), '--fsize=unlimited'], { ...deskUser, encoding: 'utf8' })
        expect(raised.stderr).toBe('')
      } else {
        await desk.stop()
        afterSpace = await startDesk(file, { asDeskUser: true })
      }
      const next = await afterSpace.call('clients.create', { givenName: 'Cy', familyName: 'Lima' })
      expect(next).toMatchObject({ ok: true })
      saved.push((next as { value: { id: string } }).value.id)
      const { code, stderr } = await afterSpace.stop()
      expect(code).toBe(0)
      // The failures were expected ones: dispatch logs only unexpected errors.
      expect(stderr).toBe('')
      await expectIntactWith(file, [...ids, ...saved])
      const database = await openSqliteRegister(file)
      try {
        const count = (sql: string): unknown => database.sqlite.prepare(sql).pluck().get()
        // Nothing half-written: every client has its search terms...
        expect(count('select count(*) from clients c where not exists (select 1 from client_search_terms s where s.client_id = c.id)')).toBe(0)
        // ...and its audit entry.
        expect(
          count("select count(*) from clients c where not exists (select 1 from audit_log a where a.subject_id = c.id and a.action = 'create')")
        ).toBe(0)
      } finally {
        await database.close()
      }
    }
  )

  // A change and its audit entry share one transaction: were they two, a failure of the second
  // (a full disk, a kill) would leave a change the desk was told was not saved, and a retry
  // would save it twice. Here the audit entry is made to fail by a trigger on this connection only.
  it('a handout whose audit entry cannot be written is not logged either', async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Lima' })
    const treatment = await register.ok('treatments.create', treatmentFor(ana.id))
    await register.ok('protocol.current', {}) // a new register stores the shipped protocol on first use
    register.database.sqlite.exec(
      "create temp trigger audit_fails before insert on audit_log begin select raise(fail, 'no room for the audit entry'); end"
    )
    const before = await register.snapshot()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    logged.mockRestore()
    expect(result.ok).toBe(false)
    expect(await register.snapshot()).toEqual(before)
  })

  it('a unit of work that SQLite has rolled back itself (as a full disk does) saves nothing more', async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const clients = new ClientRepository(register.database.db)
    await expect(
      register.database.inOneTransaction(async () => {
        await clients.create(clientFieldsSchema.parse({ givenName: 'Ana', familyName: 'Lima' }))
        register.database.sqlite.exec('rollback')
        await clients.create(clientFieldsSchema.parse({ givenName: 'Bea', familyName: 'Lima' }))
      })
    ).rejects.toThrow(/rolled back by the database/)
    expect(await clients.count()).toBe(0)
  })

  it('a change whose audit entry cannot be written is not saved either', async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    register.database.sqlite.exec(
      "create temp trigger audit_fails before insert on audit_log begin select raise(fail, 'no room for the audit entry'); end"
    )
    const before = await register.snapshot()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await register.call('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    logged.mockRestore()
    expect(result.ok).toBe(false)
    expect(await register.snapshot()).toEqual(before)
  })
})
