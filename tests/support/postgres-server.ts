import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { findPostgres } from '../../scripts/find-postgres.mjs'

/** A PostgreSQL server of its own for the tests or the benchmark, in a temp folder. */
export interface ThrowawayServer {
  /** postgres://... for a database of this server. */
  url(database: string): string
  /** Runs one statement as the server's superuser (CREATE DATABASE, DROP DATABASE). */
  admin(statement: string): Promise<void>
  /** Shuts the server down as a restart does, ending every connection. */
  halt(): void
  /** Starts it again after `halt`, on the same port with the same data. */
  resume(): void
  stop(): void
}

/** Runs one statement on its own connection to the database at `url`. */
export async function runStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * initdb and postgres refuse to run as root: there they run as the `postgres` account that
 * Debian's package creates, and own their temp folder.
 */
function asServerUser(): { prefix: string[]; owner?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) return { prefix: [] }
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }))
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))
  return { prefix: ['runuser', '-u', 'postgres', '--'], owner: { uid, gid } }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * Starts a new server: initdb into a temp folder (UTF-8, C.UTF-8 locale, a password for
 * logins over TCP, no fsync: its data is thrown away), listening on 127.0.0.1 only, on a free port, with its
 * socket in that folder. `stop` ends it and removes the folder.
 */
export async function startThrowawayServer(): Promise<ThrowawayServer> {
  const bin = findPostgres().path
  if (!bin) throw new Error('PostgreSQL is not installed: see "Tests" in README.md.')
  const folder = mkdtempSync(join(tmpdir(), 'aftercare-pg-'))
  const data = join(folder, 'data')
  const user = asServerUser()
  if (user.owner) chownSync(folder, user.owner.uid, user.owner.gid)
  const run = (program: string, args: string[]) => {
    const [command, ...rest] = [...user.prefix, join(bin, program), ...args] as [string, ...string[]]
    execFileSync(command, rest, { stdio: ['ignore', 'pipe', 'pipe'] })
  }
  // Logins over TCP need the password, as on a clinic's server, so a wrong one is refused for real.
  const password = randomBytes(12).toString('hex')
  const passwordFile = join(folder, 'password')
  writeFileSync(passwordFile, password)
  if (user.owner) chownSync(passwordFile, user.owner.uid, user.owner.gid)
  run('initdb', ['-D', data, '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${passwordFile}`, '--no-sync', '-U', 'postgres'])
  const port = await freePort()
  const settings = [`-p ${port}`, `-k ${folder}`, "-c listen_addresses='127.0.0.1'", '-c fsync=off', '-c full_page_writes=off', '-c max_connections=200']
  const start = () => run('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), '-o', settings.join(' '), '-w', 'start'])
  start()
  const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`
  let stopped = false
  let halted = false
  return {
    url,
    admin: (statement) => runStatement(url('postgres'), statement),
    halt: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
      halted = true
    },
    resume: () => {
      start()
      halted = false
    },
    stop() {
      if (stopped) return
      stopped = true
      try {
        // A test that failed while its server was halted leaves nothing running to stop.
        if (!halted) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        rmSync(folder, { recursive: true, force: true })
      }
    }
  }
}
