import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync, openSync, writeSync, closeSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { backupFileName, backupsDir, listBackups, writeBackup, type BackupFile } from '../../src/main/safety/backup-files'
import { setWordsLanguage } from '../../src/shared/words/words-language'
import { AuditLog } from '../../src/main/audit/audit-log'
import { backupsToRemove, dailyBackupIfDue } from '../../src/main/safety/automatic-backups'
import { inspectRegisterFile } from '../../src/main/safety/register-inspection'
import { restoreRegister } from '../../src/main/safety/restore'
import { makeTempDir, openTempSqliteRegister, testActor, type SqliteTempRegister } from '../support/temp-register'

const dirs: string[] = []
const registers: SqliteTempRegister[] = []
afterEach(async () => {
  setWordsLanguage('en')
  for (const register of registers.splice(0)) await register.close().catch(() => undefined)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function registerWith(names: string[]): Promise<SqliteTempRegister> {
  const register = await openTempSqliteRegister()
  registers.push(register)
  for (const name of names) await register.ok('clients.create', { givenName: name, familyName: 'Client' })
  return register
}

function folder(): string {
  const dir = makeTempDir()
  dirs.push(dir)
  return dir
}

/** The register's bytes, its write-ahead log included. */
function fingerprint(file: string): string {
  const hash = createHash('sha256').update(readFileSync(file))
  if (existsSync(`${file}-wal`)) hash.update(readFileSync(`${file}-wal`))
  return hash.digest('hex')
}

async function backupOf(names: string[]): Promise<string> {
  const source = await registerWith(names)
  const file = join(folder(), 'backup.sqlite3')
  await writeBackup(source.database.sqlite, file)
  return file
}

describe('backups', () => {
  it('copies the open register consistently, and the copy checks out', async () => {
    const file = await backupOf(['Ana', 'Bea'])
    expect(inspectRegisterFile(file)).toMatchObject({ ok: true, clients: 2, dataVersion: MIGRATIONS.at(-1)?.version })
  })

  it('are made before a migration, but not for a brand-new register', async () => {
    const dir = folder()
    const file = join(dir, 'register.sqlite3')
    await (await openSqliteRegister(file, { migrateTo: 2 })).close()
    expect(listBackups(backupsDir(file))).toEqual([])
    await (await openSqliteRegister(file)).close()
    const backups = listBackups(backupsDir(file))
    expect(backups.map((backup) => backup.reason)).toEqual(['before-migration'])
    expect(inspectRegisterFile(backups[0]?.path as string).dataVersion).toBe(2)
  })

  it('are made at the first start of each day only', async () => {
    const register = await registerWith(['Ana'])
    const audit = new AuditLog(register.database.db)
    const dailyBackup = (at: string) => dailyBackupIfDue(register.database, audit, testActor('Desk (reception)'), new Date(at))
    expect(await dailyBackup('2026-11-29T08:00:00Z')).toMatch(/daily\.sqlite3$/)
    expect(await dailyBackup('2026-11-29T17:00:00Z')).toBeUndefined()
    expect(await dailyBackup('2026-11-30T08:00:00Z')).toBeDefined()
    expect(listBackups(backupsDir(register.file))).toHaveLength(2)
    // Each one is in the audit log, naming the desk that made it.
    const logged = await register.ok('audit.list', { action: 'backup' })
    expect(logged.map(({ actor, details }) => ({ actor, details }))).toEqual([
      { actor: 'Desk (reception)', details: { reason: 'daily' } },
      { actor: 'Desk (reception)', details: { reason: 'daily' } }
    ])

    // What the Data & privacy screen shows: the folder, and each backup newest first with its time and size.
    const overview = await register.ok('backups.list', {})
    expect(overview.folder).toBe(backupsDir(register.file))
    expect(overview.backups.map(({ takenAt, reason }) => ({ takenAt, reason }))).toEqual([
      { takenAt: '2026-11-30T08:00:00Z', reason: 'daily' },
      { takenAt: '2026-11-29T08:00:00Z', reason: 'daily' }
    ])
    expect(overview.backups[0]?.bytes).toBeGreaterThan(4096)
  })

  it('say so when the register is mid-change, rather than leave no file and report success', async () => {
    const register = await registerWith(['Ana'])
    const destination = join(folder(), 'busy.sqlite3')
    register.database.sqlite.exec('begin immediate')
    try {
      await expect(writeBackup(register.database.sqlite, destination)).rejects.toThrow(/busy, so no backup was made/)
    } finally {
      register.database.sqlite.exec('rollback')
    }
    expect(existsSync(destination)).toBe(false)
    await writeBackup(register.database.sqlite, destination)
    expect(existsSync(destination)).toBe(true)
  })

  it('name a backup made by hand in the desk language, and still list it among the automatic ones, newest first', () => {
    const dir = folder()
    const at = (hour: number) => new Date(Date.UTC(2026, 11, 4, hour, 30))
    setWordsLanguage('es')
    const spanish = backupFileName('manual', at(9))
    setWordsLanguage('de')
    const german = backupFileName('manual', at(11))
    setWordsLanguage('en')
    const english = backupFileName('manual', at(8))
    expect([spanish, german, english]).toEqual([
      'registro-2026-12-04T093000-copia-manual.sqlite3',
      'Register-2026-12-04T113000-manuelle-Sicherung.sqlite3',
      'register-2026-12-04T083000-manual.sqlite3'
    ])
    for (const name of [spanish, german, english, backupFileName('daily', at(10)), 'notes.sqlite3']) writeFileSync(join(dir, name), '')
    expect(listBackups(dir).map(({ path, takenAt, reason }) => ({ path, takenAt, reason }))).toEqual([
      { path: join(dir, german), takenAt: '2026-12-04T11:30:00Z', reason: 'manual' },
      { path: join(dir, 'register-2026-12-04T103000-daily.sqlite3'), takenAt: '2026-12-04T10:30:00Z', reason: 'daily' },
      { path: join(dir, spanish), takenAt: '2026-12-04T09:30:00Z', reason: 'manual' },
      { path: join(dir, english), takenAt: '2026-12-04T08:30:00Z', reason: 'manual' }
    ])
  })

  it('keep the last 14 days and the last 12 months', () => {
    const backups: BackupFile[] = []
    for (let day = 0; day < 500; day++) {
      const date = new Date(Date.UTC(2026, 10, 29) - day * 86_400_000).toISOString().slice(0, 10)
      backups.push({ path: `/b/register-${date}T080000-daily.sqlite3`, day: date, takenAt: `${date}T08:00:00Z`, reason: 'daily' })
    }
    const removed = new Set(backupsToRemove(backups).map((backup) => backup.path))
    const kept = backups.filter((backup) => !removed.has(backup.path)).map((backup) => backup.day)
    expect(kept.slice(0, 14)).toEqual(backups.slice(0, 14).map((backup) => backup.day))
    const months = new Set(kept.map((day) => day.slice(0, 7)))
    expect(months.size).toBe(12)
    expect(kept).toHaveLength(14 + 11) // this month's newest is also one of the 14 days
  })
})

describe('restore', () => {
  it('replaces the register with the backup and keeps the one it replaced', async () => {
    const backup = await backupOf(['From', 'Backup'])
    const current = await registerWith(['Current'])
    await current.database.close()
    const result = await restoreRegister(current.file, backup)
    expect(result.restored).toMatchObject({ ok: true, clients: 2, file: current.file })
    expect(inspectRegisterFile(result.previousKeptAt as string).clients).toBe(1)
    const reopened = await openTempSqliteRegister({ dir: current.dir })
    registers.push(reopened)
    expect((await reopened.ok('clients.list', {})).map((client) => client.givenName).sort()).toEqual(['Backup', 'From'])
  })

  const badBackups: [string, (dir: string) => Promise<string>][] = [
    ['a text file', async (dir) => writeText(join(dir, 'notes.sqlite3'), 'Shopping list: milk, eggs. '.repeat(100))],
    ['a missing file', async (dir) => join(dir, 'nowhere.sqlite3')],
    [
      'a truncated backup',
      async () => {
        const file = await backupOf(['Ana'])
        truncateSync(file, Math.floor(statSync(file).size / 2))
        return file
      }
    ],
    [
      'a corrupted backup',
      async () => {
        const file = await backupOf(Array.from({ length: 300 }, (_, i) => `Client${String.fromCharCode(65 + (i % 26))}`))
        const descriptor = openSync(file, 'r+')
        writeSync(descriptor, Buffer.alloc(4096 * 4, 0xa5), 0, 4096 * 4, 4096 * 2)
        closeSync(descriptor)
        return file
      }
    ],
    [
      'another program’s database',
      async (dir) => {
        const file = join(dir, 'other.sqlite3')
        const sqlite = new Sqlite(file)
        sqlite.exec('create table invoices (id integer primary key, total real); insert into invoices values (1, 9.5)')
        sqlite.close()
        return file
      }
    ],
    [
      'a register from a newer app',
      async () => {
        const file = await backupOf(['Future'])
        const sqlite = new Sqlite(file)
        sqlite.prepare("insert into schema_migrations values (99, 'future', '2030-01-01')").run()
        sqlite.close()
        return file
      }
    ]
  ]

  it.each(badBackups)('refuses %s with a clear message and changes nothing', async (_case, make) => {
    const current = await registerWith(['Current'])
    await current.database.close()
    const before = fingerprint(current.file)
    const source = await make(folder())
    await expect(restoreRegister(current.file, source)).rejects.toThrow(
      /not an Aftercare Desk register|no file at|damaged|could not be|newer version/
    )
    expect(fingerprint(current.file)).toBe(before)
    expect(listBackups(backupsDir(current.file))).toEqual([])
    expect(existsSync(`${current.file}.restoring`)).toBe(false)
  })
})

function writeText(file: string, text: string): string {
  writeFileSync(file, text)
  return file
}

describe('the latest good backup', () => {
  it('skips damaged backups and finds the newest sound one', async () => {
    const register = await registerWith(['Ana'])
    const { automaticBackup } = await import('../../src/main/safety/automatic-backups')
    const { latestGoodBackup } = await import('../../src/main/safety/latest-good-backup')
    const good = await automaticBackup(register.database, 'daily', new Date('2026-11-27T08:00:00Z'))
    const damaged = await automaticBackup(register.database, 'daily', new Date('2026-11-28T08:00:00Z'))
    writeFileSync(damaged, 'damaged')
    expect(latestGoodBackup(register.file)?.file).toBe(good)
  })
})

describe('checking a backup before a restore', () => {
  it('passes a good backup and refuses a bad one, without touching either', async () => {
    const { checkBackup } = await import('../../src/main/safety/restore')
    const good = await backupOf(['Ana', 'Bea'])
    const before = fingerprint(good)
    expect(checkBackup(good)).toMatchObject({ ok: true, clients: 2, file: good })
    expect(fingerprint(good)).toBe(before)
    const bad = writeText(join(folder(), 'bad.sqlite3'), 'no')
    expect(() => checkBackup(bad)).toThrow(/not an Aftercare Desk register/)
  })
})
