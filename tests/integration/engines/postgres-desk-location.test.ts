import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'
import type { ServerSettings } from '../../../src/shared/contract/server-settings'
import { openRegister } from '../../../src/main/db/open-register'
import { LOCATION_FILE_NAME } from '../../../src/main/register-location/location-file'
import type { MainProcess } from '../../support/electron-main'
import { useMainProcesses } from '../../support/electron-main-hooks'
import { root } from '../../support/node-script'
import { dropTestDatabase, newEmptyTestDatabase } from '../../support/test-databases'
import { callsOf, deskHandlerTable, openTempSqliteRegister } from '../../support/temp-register'

// A desk's Settings → Register location, through the app's built main process (Electron
// stands in, see tests/support/electron-stand-in) and a real PostgreSQL server: the register
// moves to the server and back, a second desk joins it, the password is sealed by the key
// store, and a start whose server cannot be used offers a way on.

const server = inject('postgres')
const run = promisify(execFile)
const { launch, userDataFolder, userDataWithRegister: deskWithTwoClients } = useMainProcesses()
const created: string[] = []
afterAll(async () => {
  for (const url of created) await dropTestDatabase(server, url)
})

const PAGE_FRAME = (main: MainProcess) => main.loadedUrl.then((url) => ({ url, parent: null }))

async function emptyDatabase(): Promise<string> {
  const url = await newEmptyTestDatabase(server)
  created.push(url)
  return url
}

/** What the IT person types into Settings for a database URL of the test server. */
function settingsFor(url: string, change: Partial<ServerSettings> = {}): ServerSettings {
  const parsed = new URL(url)
  return {
    host: parsed.hostname,
    port: Number(parsed.port),
    database: parsed.pathname.slice(1),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    tls: false,
    ...change
  }
}

async function location(main: MainProcess, action: string, settings?: ServerSettings): Promise<unknown> {
  return main.invoke('clinic:register-location', await PAGE_FRAME(main), action, settings)
}

async function call(main: MainProcess, name: string, input: unknown = {}): Promise<unknown> {
  return main.invoke('clinic:call', await PAGE_FRAME(main), name, input)
}

/** A change of register ends with a restart: the call's answer never comes, the process ends with 0 after asking to be relaunched. */
async function changeAndRestart(main: MainProcess, action: string, settings?: ServerSettings): Promise<void> {
  await expect(location(main, action, settings)).rejects.toThrow(/process ended \(code 0,/)
  expect(main.calls('app.relaunch')).toHaveLength(1)
}

async function onServer<T>(url: string, query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(query)).rows as T[]
  } finally {
    await client.end()
  }
}

const namesOf = (listed: unknown) => (listed as { value: { givenName: string }[] }).value.map(({ givenName }) => givenName).sort()

describe('moving the register to the clinic\'s server and back', () => {
  it('copies everything, seals the password, keeps the file read-only, and the desk starts on the server', async () => {
    const { userData, file } = await deskWithTwoClients()
    const url = await emptyDatabase()
    const settings = settingsFor(url)

    const first = await launch({ userData })
    expect(await location(first, 'describe')).toEqual({ ok: true, value: { kind: 'this-computer', file, passwordKept: false } })
    expect(await location(first, 'test', settings)).toEqual({
      ok: true,
      value: { holds: 'nothing', clients: 0, summary: 'Connected. The database is empty, ready to receive a register.' }
    })
    await changeAndRestart(first, 'moveToServer', settings)

    // The password is on disk only as the key store sealed it.
    const note = readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8')
    const { sealedPassword } = JSON.parse(note) as { sealedPassword: string }
    expect(note).not.toContain(settings.password)
    expect(Buffer.from(sealedPassword, 'base64').toString('utf8')).not.toContain(settings.password)
    expect(JSON.parse(note)).toMatchObject({ kind: 'server', server: { host: settings.host, port: settings.port, database: settings.database, user: settings.user, tls: false } })
    expect(first.calls('safeStorage.encryptString')).toHaveLength(1)
    // The file is kept as it was, read-only.
    expect(statSync(file).mode & 0o222).toBe(0)
    const [moved] = await onServer<{ actor: string; details: string }>(url, "select actor, details from audit_log where action = 'move'")
    expect(JSON.parse(String(moved?.details))).toEqual({ to: 'server' })

    // The next start opens the server's register.
    const second = await launch({ userData })
    expect(namesOf(await call(second, 'clients.list', { limit: 50 }))).toEqual(['Mark', 'Zoë'])
    expect(await location(second, 'describe')).toMatchObject({ ok: true, value: { kind: 'server', passwordKept: true, server: { database: settings.database } } })
    const added = (await call(second, 'clients.create', { givenName: 'Ana', familyName: 'Ortiz' })) as { ok: boolean }
    expect(added.ok).toBe(true)
    expect(await onServer(url, "select given_name from clients where given_name = 'Ana'")).toHaveLength(1)

    // And back: the server's register (now three clients) copied into a new file on this computer.
    await changeAndRestart(second, 'moveToThisComputer')
    expect(JSON.parse(readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8'))).toEqual({ kind: 'this-computer' })
    expect(readdirSync(userData).filter((name) => name.startsWith('register-replaced-'))).toHaveLength(1)
    const third = await launch({ userData })
    expect(namesOf(await call(third, 'clients.list', { limit: 50 }))).toEqual(['Ana', 'Mark', 'Zoë'])
    expect(statSync(file).mode & 0o200).toBe(0o200)
    // The other desks' register on the server is still there, and says a desk took a copy.
    expect(await onServer(url, "select 1 from clients")).toHaveLength(3)
    expect(await onServer(url, "select 1 from audit_log where action = 'move' and details like '%this-computer%'")).toHaveLength(1)
  })

  it('a second desk joins the register already on the server; an empty server database cannot be joined', async () => {
    const { userData: reception } = await deskWithTwoClients()
    const url = await emptyDatabase()
    const settings = settingsFor(url)
    const roomTwo = userDataFolder()

    const early = await launch({ userData: roomTwo })
    expect(await location(early, 'joinServer', settings)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^The server's database is empty/) } })
    expect(existsSync(join(roomTwo, LOCATION_FILE_NAME))).toBe(false)
    await early.stop()

    await changeAndRestart(await launch({ userData: reception }), 'moveToServer', settings)
    const joining = await launch({ userData: roomTwo })
    expect(await location(joining, 'test', settings)).toMatchObject({ ok: true, value: { holds: 'register', clients: 2, summary: "Connected. The server holds the clinic's register, with 2 clients." } })
    // Said in the desk's language, its count too.
    expect(await joining.invoke('clinic:desk-language', await PAGE_FRAME(joining), 'set', 'fr')).toEqual({ ok: true, value: 'fr' })
    expect(await location(joining, 'test', settings)).toMatchObject({ ok: true, value: { summary: 'Connexion établie. Le serveur contient le registre de la clinique, avec 2 clients.' } })
    await changeAndRestart(joining, 'joinServer', settings)
    const joined = await launch({ userData: roomTwo })
    expect(namesOf(await call(joined, 'clients.list', { limit: 50 }))).toEqual(['Mark', 'Zoë'])
  })

  it('two desks starting on the server the same day make one daily backup, logged with the desk that made it', async () => {
    // A register put on the server by the IT person (a move from a desk would bring that
    // desk's own daily backup of today along in its audit log).
    const url = await emptyDatabase()
    const register = await openRegister(url, { serverBackupsDir: userDataFolder() })
    await callsOf(deskHandlerTable(register, 'IT support')).ok('clients.create', { givenName: 'Ana', familyName: 'Ortiz' })
    await register.close()
    const reception = userDataFolder()
    const roomTwo = userDataFolder()
    for (const desk of [reception, roomTwo]) await changeAndRestart(await launch({ userData: desk }), 'joinServer', settingsFor(url))

    const desks = await Promise.all([launch({ userData: reception }), launch({ userData: roomTwo })])
    await expect
      .poll(async () => onServer(url, "select actor from audit_log where action = 'backup' and details like '%daily%'"), { timeout: 20_000 })
      .toHaveLength(1)
    // Give the other desk time to have made a second one, were it going to.
    await Promise.all(desks.map(async (desk) => call(desk, 'app.info')))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await onServer(url, "select 1 from audit_log where action = 'backup'")).toHaveLength(1)
    const backupFiles = [reception, roomTwo].flatMap((folder) =>
      existsSync(join(folder, 'server-backups')) ? readdirSync(join(folder, 'server-backups')).filter((name) => name.endsWith('-daily.sqlite3')) : []
    )
    expect(backupFiles).toHaveLength(1)
  })
})

describe('backing up and restoring a server register from a desk', () => {
  it('"Back up now" writes a register file; restoring it replaces the server\'s data for every desk, without a restart', async () => {
    const { userData } = await deskWithTwoClients()
    const url = await emptyDatabase()
    await changeAndRestart(await launch({ userData }), 'moveToServer', settingsFor(url))
    const stick = userDataFolder()

    const desk = await launch({ userData, script: { dialogAnswers: { open: [[stick]] } } })
    const backedUp = (await desk.invoke('clinic:register-file', await PAGE_FRAME(desk), 'backup')) as { ok: boolean; value: { savedTo: string } }
    expect(backedUp.ok).toBe(true)
    expect(readdirSync(stick)).toEqual([expect.stringMatching(/^register-.*-manual\.sqlite3$/)])
    expect(await call(desk, 'clients.create', { givenName: 'Ana', familyName: 'Ortiz' })).toMatchObject({ ok: true })
    await desk.stop()

    const restoring = await launch({ userData, script: { dialogAnswers: { open: [[backedUp.value.savedTo]] } } })
    expect(await restoring.invoke('clinic:register-file', await PAGE_FRAME(restoring), 'restore')).toEqual({ ok: true, value: {} })
    expect(restoring.calls('app.relaunch')).toHaveLength(0)
    expect(namesOf(await call(restoring, 'clients.list', { limit: 50 }))).toEqual(['Mark', 'Zoë'])
    expect(await onServer(url, "select 1 from audit_log where action = 'restore'")).toHaveLength(1)
    // What the server held before is kept on this computer.
    expect(readdirSync(join(userData, 'server-backups')).filter((name) => name.endsWith('-before-restore.sqlite3'))).toHaveLength(1)
  })
})

describe("the admin CLI on a desk's computer", () => {
  it('works on the server the desk works on, with the password from PGPASSWORD', async () => {
    const home = userDataFolder()
    const userData = join(home, 'Aftercare Desk')
    const register = await openTempSqliteRegister({ dir: userData })
    await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
    // Moving a register is the owner's: here one person works, with no sign-in.
    await register.ok('desk.setUp', { signIn: 'none' })
    await register.close()
    const url = await emptyDatabase()
    await changeAndRestart(await launch({ userData }), 'moveToServer', settingsFor(url))
    // Without --db: the desk's own register, which is now the server's.
    const { stdout } = await run(process.execPath, ['scripts/admin.mjs', 'client', 'list'], {
      cwd: root,
      env: { ...process.env, XDG_CONFIG_HOME: home, HOME: home, AFTERCARE_DATABASE_URL: '', PGPASSWORD: settingsFor(url).password }
    })
    expect((JSON.parse(stdout) as { givenName: string }[]).map(({ givenName }) => givenName)).toEqual(['Zoë'])
  })
})

describe('what stops a desk from using a server', () => {
  it('says in plain words what is wrong, and writes nothing', async () => {
    const url = await emptyDatabase()
    const main = await launch({ userData: (await deskWithTwoClients()).userData })
    const wrongPassword = await location(main, 'test', settingsFor(url, { password: 'not-the-password' }))
    expect(wrongPassword).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringMatching(/refused the user name or password/) } })
    const noDatabase = await location(main, 'test', settingsFor(url, { database: 'no_such_register' }))
    expect(noDatabase).toMatchObject({ ok: false, error: { message: expect.stringMatching(/has no database called "no_such_register"/) } })
    const noTls = await location(main, 'test', settingsFor(url, { tls: true }))
    expect(noTls).toMatchObject({ ok: false, error: { code: 'database_unavailable', message: expect.stringMatching(/does not accept encrypted \(TLS\) connections\. Untick TLS/) } })
    const badPort = await location(main, 'moveToServer', settingsFor(url, { port: 0, host: 'clinic server' }))
    expect(badPort).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { port: 'A port is a number from 1 to 65535.', host: expect.stringMatching(/^A server's name has only letters/) } } })
    expect(await location(main, 'moveToServer', settingsFor(url, { password: '' }))).toMatchObject({ ok: false, error: { fields: { password: expect.any(String) } } })
    expect(await onServer(url, "select table_name from information_schema.tables where table_schema = 'public'")).toEqual([])

    // Another application's database, and a register a newer Aftercare Desk has migrated.
    const otherApplication = await emptyDatabase()
    await onServer(otherApplication, 'create table invoices (id integer primary key)')
    expect(await location(main, 'test', settingsFor(otherApplication))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/holds another application's tables, not an Aftercare Desk register/) } })
    const newer = await emptyDatabase()
    await (await openRegister(newer, { serverBackupsDir: userDataFolder() })).close()
    await onServer(newer, "insert into schema_migrations (version, name, applied_at) values (999, 'from the future', '2027-01-01T00:00:00Z')")
    expect(await location(main, 'test', settingsFor(newer))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^This register was saved by a newer version of Aftercare Desk/) } })
    expect(main.calls('app.relaunch')).toHaveLength(0)
  })

  it('a Linux desk with no secret service will not keep the password, and nothing moves', async () => {
    const { userData, file } = await deskWithTwoClients()
    const url = await emptyDatabase()
    const main = await launch({ userData, script: { keyStore: 'basic_text' } })
    expect(await location(main, 'describe')).toMatchObject({ ok: true, value: { passwordStoreProblem: expect.stringMatching(/no key store to keep the server password safely/) } })
    expect(await location(main, 'moveToServer', settingsFor(url))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/GNOME Keyring or KWallet/) } })
    expect(await location(main, 'test', settingsFor(url))).toMatchObject({ ok: true, value: { holds: 'nothing' } })
    expect(existsSync(join(userData, LOCATION_FILE_NAME))).toBe(false)
    expect(statSync(file).mode & 0o200).toBe(0o200)
  })
})

describe('a start whose server cannot be used', () => {
  /** A desk moved to the server, whose note of it then names a port nobody listens on. */
  async function deskWithUnreachableServer(): Promise<{ userData: string; file: string }> {
    const desk = await deskWithTwoClients()
    await changeAndRestart(await launch({ userData: desk.userData }), 'moveToServer', settingsFor(await emptyDatabase()))
    const noteFile = join(desk.userData, LOCATION_FILE_NAME)
    const note = JSON.parse(readFileSync(noteFile, 'utf8')) as { server: { port: number } }
    note.server.port = 1
    writeFileSync(noteFile, JSON.stringify(note))
    return desk
  }

  type Box = { title: string; message: string; detail: string; buttons: string[] }
  const boxOf = (main: MainProcess) => main.calls('dialog.showMessageBox')[0]?.at(-1) as Box

  it('offers to try again, which restarts on the same server', async () => {
    const { userData } = await deskWithUnreachableServer()
    const main = await launch({ userData, script: { dialogAnswers: { messageBox: [0] } } })
    expect((await main.ended).code).toBe(0)
    const box = boxOf(main)
    expect(box.title).toBe("The clinic's server cannot be used")
    expect(box.message).toMatch(/did not accept the connection: PostgreSQL is not running there, or listens on another port/)
    expect(box.buttons).toEqual(['Try again', "Use this computer's register", 'Quit'])
    expect(main.calls('app.relaunch')).toHaveLength(1)
    expect(main.calls('new BrowserWindow')).toHaveLength(0)
    expect(JSON.parse(readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8'))).toMatchObject({ kind: 'server' })
  })

  it("offers this computer's register, made writable again, which the next start opens", async () => {
    const { userData, file } = await deskWithUnreachableServer()
    const main = await launch({ userData, script: { dialogAnswers: { messageBox: [1] } } })
    expect((await main.ended).code).toBe(0)
    expect(main.calls('app.relaunch')).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8'))).toEqual({ kind: 'this-computer' })
    expect(statSync(file).mode & 0o200).toBe(0o200)
    const local = await launch({ userData })
    expect(namesOf(await call(local, 'clients.list', { limit: 50 }))).toEqual(['Mark', 'Zoë'])
  })

  it('quits when asked, changing nothing', async () => {
    const { userData } = await deskWithUnreachableServer()
    const before = readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8')
    const main = await launch({ userData, script: { dialogAnswers: { messageBox: [2] } } })
    expect((await main.ended).code).toBe(0)
    expect(main.calls('app.relaunch')).toHaveLength(0)
    expect(readFileSync(join(userData, LOCATION_FILE_NAME), 'utf8')).toBe(before)
  })

  it('an unreadable note of where the register is: no retry, this computer or quit', async () => {
    const { userData } = await deskWithTwoClients()
    writeFileSync(join(userData, LOCATION_FILE_NAME), '{"kind": "server", "server": ')
    const main = await launch({ userData })
    expect((await main.ended).code).toBe(0)
    const box = boxOf(main)
    expect(box.message).toMatch(/note of where the register is .* cannot be read, so no register was opened/)
    expect(box.buttons).toEqual(["Use this computer's register", 'Quit'])
    expect(main.calls('app.relaunch')).toHaveLength(0)
  })
})
