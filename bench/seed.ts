import { execFile } from 'node:child_process'
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ROOT } from './lib/register'
import { round } from './lib/stats'

export interface SeedResult {
  clients: number
  treatments: number
  /** The seed's own time (seedDemoRegister, as the CLI reports it). */
  seed_s: number
  /** The whole CLI command: start, open, migrations, seed, close. */
  command_s: number
  db_bytes: number
}

/**
 * Seeds a fresh register through the admin CLI's `seed-demo`, which adds clients and
 * treatments through the register's repositories (the same code the handlers call).
 */
export async function seedRegister(file: string, clients: number, seed: number): Promise<SeedResult> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
  const admin = join(ROOT, 'scripts', 'admin.mjs')
  // Bundle the CLI first, so its one-off esbuild step is not timed.
  await promisify(execFile)(process.execPath, [admin, '--help'], { cwd: ROOT }).catch(() => undefined)
  const started = performance.now()
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [admin, '--db', file, 'seed-demo', '--clients', String(clients), '--seed', String(seed)],
    { cwd: ROOT, maxBuffer: 1 << 20 }
  )
  const command_s = (performance.now() - started) / 1000
  const report = JSON.parse(stdout) as { clients: number; treatments: number; seconds: number }
  // Everything the register occupies on disk: the file and its write-ahead log.
  const size = (path: string): number => {
    try {
      return statSync(path).size
    } catch {
      return 0
    }
  }
  return {
    clients: report.clients,
    treatments: report.treatments,
    seed_s: report.seconds,
    command_s: round(command_s),
    db_bytes: size(file) + size(`${file}-wal`)
  }
}
