import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import { backupFileName, backupsDir } from '../../src/main/safety/backup-files'
import { chmodTree, giveToDeskUser, NO_PERMISSIONS_REASON, permissionsBind } from '../support/desk-user'
import type { MainProcess } from '../support/electron-main'
import { useMainProcesses } from '../support/electron-main-hooks'
import { fingerprint } from '../support/register-fingerprint'
import { openTempSqliteRegister } from '../support/temp-register'

// Every way start-up can fail ends in a dialog that says what happened and what to do, and
// nothing is written to a register that is damaged. The app's built main process runs under
// Node with tests/support/electron-stand-in in place of Electron (no Electron binary can be
// installed here): the stand-in records each dialog and answers it as the test scripts.
// The registers, backups, locks and permissions are real.

const { launch: start, userDataFolder, userDataWithRegister } = useMainProcesses()

/** A good automatic backup of the register, as the app makes each day. */
function keepDailyBackup(register: string): string {
  mkdirSync(backupsDir(register), { recursive: true })
  const backup = join(backupsDir(register), backupFileName('daily', new Date('2026-12-04T08:00:00Z')))
  const sqlite = new Sqlite(register)
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  sqlite.close()
  copyFileSync(register, backup)
  return backup
}

type MessageBox = { title: string; message: string; detail: string; buttons: string[] }

/** The one message box the start showed (with or without a parent window). */
function messageBox(main: MainProcess): MessageBox {
  const boxes = main.calls('dialog.showMessageBox')
  expect(boxes).toHaveLength(1)
  return boxes[0]?.at(-1) as MessageBox
}

/** The one error box the start showed, as [title, content]. */
function errorBox(main: MainProcess): [string, string] {
  const boxes = main.calls('dialog.showErrorBox')
  expect(boxes).toHaveLength(1)
  return boxes[0] as [string, string]
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at |Error:|SQLITE_|\.js:\d+/)
}

describe('a register that is not a database', () => {
  it('with no backup: the desk is told, and the file is left exactly as it was', async () => {
    const userData = userDataFolder()
    const register = join(userData, 'register.sqlite3')
    writeFileSync(register, 'These are my holiday notes, copied here by mistake. '.repeat(100))
    const before = fingerprint(register)

    const main = await start({ userData })
    expect((await main.ended).code).toBe(0)
    const box = messageBox(main)
    expect(box.message).toMatch(/is not an Aftercare Desk register \(it is not a database\)\. It was not changed\./)
    expect(box.detail).toMatch(/No good backup was found/)
    expect(box.buttons).toEqual(['Quit'])
    expect(main.calls('new BrowserWindow')).toHaveLength(0)
    expect(fingerprint(register)).toBe(before)
    expect((await main.ended).stderr).toBe('')
  })

  it('is said in the desk language, read before the register is opened: a German computer gets German', async () => {
    const userData = userDataFolder()
    writeFileSync(join(userData, 'register.sqlite3'), 'These are my holiday notes, copied here by mistake. '.repeat(100))

    const main = await start({ userData, script: { systemLanguages: ['de-DE'] } })
    expect((await main.ended).code).toBe(0)
    const box = messageBox(main)
    expect(box.message).toMatch(/ist kein Aftercare-Desk-Register \(sie ist keine Datenbank\)\. Sie wurde nicht verändert\./)
    expect(box.detail).toMatch(/Neben dem Register wurde keine gute Sicherung gefunden/)
    expect(box.buttons).toEqual(['Beenden'])
  })

  it('whose header a disk error overwrote: the latest good backup is offered, and quitting changes nothing', async () => {
    const { userData, file: register } = await userDataWithRegister()
    keepDailyBackup(register)
    const bytes = readFileSync(register)
    bytes.fill(0, 0, 100)
    writeFileSync(register, bytes)
    const before = fingerprint(register)

    const main = await start({ userData, script: { dialogAnswers: { messageBox: [1] } } })
    expect((await main.ended).code).toBe(0)
    const box = messageBox(main)
    expect(box.title).toBe('The register is damaged')
    expect(box.detail).toMatch(/The latest good backup is .*register-2026-12-04T080000-daily\.sqlite3 \(2 clients, 0 treatments\)/)
    expect(box.buttons).toEqual(['Restore the latest good backup', 'Quit'])
    expect(main.calls('app.relaunch')).toHaveLength(0)
    expect(fingerprint(register)).toBe(before)
  })

  it('restoring the offered backup puts it in place, keeps the damaged file, and restarts the app', async () => {
    const { userData, file: register } = await userDataWithRegister()
    keepDailyBackup(register)
    const damaged = readFileSync(register)
    damaged.fill(0, 0, 100)
    writeFileSync(register, damaged)

    const main = await start({ userData, script: { dialogAnswers: { messageBox: [0] } } })
    expect((await main.ended).code).toBe(0)
    expect(main.calls('app.relaunch')).toHaveLength(1)
    const restored = await openSqliteRegister(register)
    expect((restored.sqlite.prepare('select count(*) as n from clients').get() as { n: number }).n).toBe(2)
    await restored.close()
    const kept = readdirSync(backupsDir(register)).filter((name) => name.endsWith('-before-restore.sqlite3'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(backupsDir(register), kept[0] as string)).equals(damaged)).toBe(true)
  })
})

describe('a register cut short', () => {
  it('to nothing, with backups beside it: the backup is offered rather than an empty register opened', async () => {
    const { userData, file: register } = await userDataWithRegister()
    keepDailyBackup(register)
    for (const sidecar of ['-wal', '-shm']) rmSync(`${register}${sidecar}`, { force: true })
    truncateSync(register, 0)

    const main = await start({ userData })
    expect((await main.ended).code).toBe(0)
    expect(messageBox(main).message).toMatch(/is empty: it was cut short, so it was not opened/)
    expect(main.calls('new BrowserWindow')).toHaveLength(0)
    expect(readFileSync(register)).toHaveLength(0)
  })

  it('to half its length: the damage is found at start, the desk is offered the backup, and nothing is written', async () => {
    const { userData, file: register } = await userDataWithRegister()
    // Enough rows that the register spans many pages, so half of it is missing something.
    const sqlite = new Sqlite(register)
    sqlite.exec("create table filler (x text); with recursive n(i) as (select 1 union all select i + 1 from n where i < 400) insert into filler select hex(randomblob(500)) from n")
    sqlite.close()
    keepDailyBackup(register)
    const full = readFileSync(register)
    writeFileSync(register, full.subarray(0, Math.floor(full.length / 4096 / 2) * 4096))
    const before = fingerprint(register)

    const main = await start({ userData })
    expect((await main.ended).code).toBe(0)
    const box = messageBox(main)
    expect(box.title).toBe('The register is damaged')
    expect(box.buttons[0]).toBe('Restore the latest good backup')
    expect(fingerprint(register)).toBe(before)
  })
})

describe('a register the app cannot open', () => {
  it('from a newer version of the app: says so, and leaves it untouched', async () => {
    const { userData, file: register } = await userDataWithRegister()
    const sqlite = new Sqlite(register)
    sqlite.prepare("insert into schema_migrations values (999, 'from the future', '2030-01-01T00:00:00Z')").run()
    sqlite.pragma('journal_mode = DELETE')
    sqlite.close()
    const before = fingerprint(register)

    const main = await start({ userData })
    expect((await main.ended).code).toBe(1)
    const [title, message] = errorBox(main)
    expect(title).toBe('Aftercare Desk cannot start')
    expect(message).toMatch(/saved by a newer version of Aftercare Desk.*Install the latest version.*not changed/)
    expect(fingerprint(register)).toBe(before)
  })

  it('held by another program while this version must update it: says to close that program, and changes nothing', { timeout: 30_000 }, async () => {
    // A register from an earlier version: this start must write to it (migrations). Another
    // program (a sync or backup tool, say) holds SQLite's write lock the whole time.
    const userData = userDataFolder()
    const earlier = await openTempSqliteRegister({ dir: userData, migrateTo: 5 })
    // As the app at version 5 wrote a client (today's handlers write what version 5 had not).
    await earlier.database.db
      .insertInto('clients')
      .values({ id: 'client-zoe', given_name: 'Zoë', family_name: 'Łukasiewicz', language: 'en', notes: '', archived: 0, created_at: '2026-11-20T09:00:00Z', updated_at: '2026-11-20T09:00:00Z', last_activity_at: '2026-11-20T09:00:00Z', name_fold: 'zoe lukasiewicz', name_fold_reversed: 'lukasiewicz zoe' })
      .execute()
    await earlier.close()
    const other = new Sqlite(earlier.file)
    other.exec('begin exclusive')
    try {
      const before = fingerprint(earlier.file)
      const main = await start({ userData })
      expect((await main.ended).code).toBe(1)
      const [, message] = errorBox(main)
      expect(message).toMatch(/Another program is using the register .* Close that program .* then start Aftercare Desk again\. Nothing was changed\./)
      expectNoStackTrace(message)
      expect(fingerprint(earlier.file)).toBe(before)
    } finally {
      other.close()
    }
  })

  it.skipIf(!permissionsBind)(
    `in a folder this account may not write: says who can fix it, and changes nothing${permissionsBind ? '' : ` (skipped: ${NO_PERMISSIONS_REASON})`}`,
    async () => {
      const { userData, file: register } = await userDataWithRegister()
      giveToDeskUser(userData)
      chmodTree(userData, 0o555, 0o444)
      const before = fingerprint(register)

      const main = await start({ userData, asDeskUser: true })
      expect((await main.ended).code).toBe(1)
      const [, message] = errorBox(main)
      expect(message).toMatch(/folder is read-only for this computer account, so nothing was read or changed\. Ask your IT support/)
      expectNoStackTrace(message)
      expect(fingerprint(register)).toBe(before)
    }
  )
})

describe('a failure nobody foresaw', () => {
  it('at start (here: no copy of SQLite built for Electron): a plain message naming the log, and the log says where', async () => {
    const userData = userDataFolder()
    // Unpackaged, the app looks for the copy of better-sqlite3 built for Electron's ABI, which
    // this machine cannot build; a start on a developer's machine that skipped it fails so.
    const main = await start({ userData, script: { isPackaged: false } })
    expect((await main.ended).code).toBe(1)
    const [title, message] = errorBox(main)
    expect(title).toBe('Aftercare Desk cannot start')
    const logFile = join(userData, 'logs', 'main.log')
    expect(message).toBe(
      `Aftercare Desk could not start because of an unexpected problem. Nothing in the register was changed. Please try again; if it keeps happening, contact your IT support and give them the file ${logFile}.`
    )
    const log = readFileSync(logFile, 'utf8')
    expect(log).toMatch(/^\S+Z Aftercare Desk \d+\.\d+\.\d+, start-up: Error\n\s+at /)
    // Where in the code, never the message: a message can quote a patient's record.
    expect(log).not.toMatch(/has not been built for Electron/)
  })

  it('after start: logged without its message, told once in plain words, and the desk carries on', async () => {
    const userData = userDataFolder()
    const main = await start({ userData })
    await main.waitForCall('BrowserWindow.show')
    const page = await main.loadedUrl

    await main.ask({ do: 'fail-later', as: 'exception', message: 'Could not read Zoë Łukasiewicz, born 1985-03-27' })
    await main.ask({ do: 'fail-later', as: 'rejection', message: 'Zoë Łukasiewicz again' })
    const logFile = join(userData, 'logs', 'main.log')
    await expect.poll(() => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '')).toMatch(/unhandled rejection: Error/)

    const log = readFileSync(logFile, 'utf8')
    expect(log).toMatch(/uncaught exception: Error\n\s+at /)
    expect(log).not.toMatch(/Zoë|Łukasiewicz|1985/)
    // Two failures within a minute: one message, not a pile of them.
    const [title, message] = errorBox(main)
    expect(title).toBe('Something went wrong in Aftercare Desk')
    expect(message).toContain(logFile)
    expectNoStackTrace(message)
    // Still at work: the register answers the page (once the first start has said one person works here).
    const frame = { url: page, parent: null }
    expect(await main.invoke('clinic:call', frame, 'desk.setUp', { signIn: 'none' })).toMatchObject({ ok: true })
    expect(await main.invoke('clinic:call', frame, 'clients.count', {})).toEqual({ ok: true, value: 0 })
  })
})
