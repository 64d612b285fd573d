import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fontsDir } from '../../src/main/app-paths'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import { bundleNodeScript, root } from '../support/node-script'
import { makeTempDir } from '../support/temp-register'

// A child process records treatments through the real handler table and prints each id once
// its call has returned; it is killed with SIGKILL at random moments. After every kill the
// register must open, pass SQLite's integrity check, and hold every id the child printed.

const KILLS = 24
// Every KILLS_DURING_START-th kill lands anywhere from the spawn on: while Node loads, while
// the register is created or migrated, or while the first client is written.
const KILLS_DURING_START = 6
const MAX_DELAY_AFTER_READY_MS = 700
// Seeded so a failure can be replayed: AFTERCARE_CRASH_SEED=<seed> npx vitest run crash-recovery
const seed = Number(process.env.AFTERCARE_CRASH_SEED ?? Date.now() % 1_000_000)

/** mulberry32: a small seeded generator, so the kill moments can be replayed. */
function randomFrom(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Run {
  treatments: string[]
  clients: string[]
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
  msToReady: number | undefined
}

/** Starts the writer and kills it `pickDelay` ms after it starts (or after it is ready). */
function runAndKill(script: string, file: string, kill: { afterReady: boolean; delayMs: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(process.execPath, [script, file, fontsDir(root)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { treatments: [], clients: [], signal: null, code: null, stderr: '', msToReady: undefined }
    let pending = ''
    let timer: NodeJS.Timeout | undefined
    const killLater = (): void => {
      timer = setTimeout(() => child.kill('SIGKILL'), kill.delayMs)
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const [kind, id] = line.split(' ')
        if (kind === 'treatment' && id) run.treatments.push(id)
        else if (kind === 'client' && id) run.clients.push(id)
        else if (kind === 'ready') {
          run.msToReady = Date.now() - started
          if (kill.afterReady) killLater()
        }
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      run.code = code
      run.signal = signal
      resolve(run)
    })
    if (!kill.afterReady) killLater()
  })
}

describe('a writer killed at random moments', () => {
  let dir: string
  let file: string
  let script: { file: string; remove(): void }

  beforeAll(async () => {
    dir = makeTempDir()
    file = join(dir, 'register.sqlite3')
    script = await bundleNodeScript('tests/support/crash-writer.ts')
  })
  afterAll(() => {
    script?.remove()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it(`loses nothing it reported, over ${KILLS} SIGKILLs (seed ${seed})`, { timeout: 240_000 }, async () => {
    const random = randomFrom(seed)
    const reportedTreatments: string[] = []
    const reportedClients: string[] = []
    const log: string[] = []
    let typicalMsToReady = 400

    for (let kill = 0; kill < KILLS; kill++) {
      const duringStart = kill % KILLS_DURING_START === 0
      const delayMs = Math.floor(random() * (duringStart ? typicalMsToReady * 1.2 : MAX_DELAY_AFTER_READY_MS))
      const run = await runAndKill(script.file, file, { afterReady: !duringStart, delayMs })
      log.push(`kill ${kill}: ${duringStart ? 'from start' : 'after ready'} +${delayMs} ms, ${run.treatments.length} treatments reported`)
      // It died of the kill, not of an error of its own.
      expect(run.stderr, log.join('\n')).toBe('')
      expect(run.signal, log.join('\n')).toBe('SIGKILL')
      if (run.msToReady !== undefined) typicalMsToReady = run.msToReady
      reportedTreatments.push(...run.treatments)
      reportedClients.push(...run.clients)

      const database = await openSqliteRegister(file)
      try {
        const { sqlite } = database
        expect(sqlite.pragma('integrity_check', { simple: true }), log.join('\n')).toBe('ok')
        expect(sqlite.pragma('foreign_key_check'), log.join('\n')).toEqual([])
        const treatments = new Set(sqlite.prepare('select id from treatments').pluck().all() as string[])
        const clients = new Set(sqlite.prepare('select id from clients').pluck().all() as string[])
        expect(reportedTreatments.filter((id) => !treatments.has(id)), log.join('\n')).toEqual([])
        expect(reportedClients.filter((id) => !clients.has(id)), log.join('\n')).toEqual([])
        // Nothing half-written: every treatment has its zones, every client its search terms.
        const zoneless = sqlite
          .prepare('select count(*) from treatments t where not exists (select 1 from treatment_zones z where z.treatment_id = t.id)')
          .pluck()
          .get()
        const termless = sqlite
          .prepare('select count(*) from clients c where not exists (select 1 from client_search_terms s where s.client_id = c.id)')
          .pluck()
          .get()
        expect(zoneless, log.join('\n')).toBe(0)
        expect(termless, log.join('\n')).toBe(0)
        // Every committed treatment has its audit entry: the two are one transaction, so no kill falls between them.
        const audited = new Set(
          sqlite.prepare("select subject_id from audit_log where subject_type = 'treatment' and action = 'create'").pluck().all() as string[]
        )
        expect([...treatments].filter((id) => !audited.has(id)), log.join('\n')).toEqual([])
      } finally {
        await database.close()
      }
    }

    // The kills hit a writer at work, not only one still starting.
    expect(reportedTreatments.length, log.join('\n')).toBeGreaterThan(KILLS)
    console.info(`crash test (seed ${seed}): ${KILLS} kills, ${reportedTreatments.length} treatments reported and all kept, each with its audit entry`)
  })
})
