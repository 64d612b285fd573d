import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { seedDemoRegister } from '../../src/main/cli/seed-demo'
import { EXPORT_SLICE_ROWS } from '../../src/main/exchange/csv-export'
import { EN_WORDS } from '../../src/shared/words/en'
import { BUILT_PRELOAD, type LaunchOptions, type MainProcess } from '../support/electron-main'
import { useMainProcesses } from '../support/electron-main-hooks'
import { root } from '../support/node-script'
import { openTempSqliteRegister } from '../support/temp-register'

// The app's built main process, run under Node with tests/support/electron-stand-in in place of
// Electron (no Electron binary can be installed here). What stands in: Electron's API, which
// records each call; the person (who moves and closes the window, clicks the menu); and the
// page (whose IPC messages arrive with the frame they came from). Everything else is the app's
// own start-up, IPC handlers and register on disk.

const { launch, userDataFolder } = useMainProcesses()

function start(options: Partial<LaunchOptions> = {}): Promise<MainProcess> {
  return launch({ userData: userDataFolder(), ...options })
}

/**
 * Started, with its window shown: the state a receptionist sees, in a clinic that said at its
 * first start that one person works here (no sign-in), as the page's first screen asks.
 */
async function started(options: Partial<LaunchOptions> = {}): Promise<MainProcess> {
  const main = await start(options)
  await main.waitForCall('BrowserWindow.show')
  const page = { url: await main.loadedUrl, parent: null }
  const state = (await main.invoke('clinic:call', page, 'desk.state', {})) as { value: { kind: string } }
  if (state.value.kind === 'not set up') {
    expect(await main.invoke('clinic:call', page, 'desk.setUp', { signIn: 'none' })).toMatchObject({ ok: true })
  }
  return main
}

const CHANNELS = ['clinic:call', 'clinic:desktop', 'clinic:register-file', 'clinic:export', 'clinic:register-location', 'clinic:desk-language']

describe('one Aftercare Desk at a time', () => {
  it('a second start quits at once: no window, no register opened', async () => {
    const main = await start({ script: { singleInstanceLock: false } })
    expect((await main.ended).code).toBe(0)
    expect(main.calls('app.requestSingleInstanceLock')).toHaveLength(1)
    expect(main.calls('app.quit')).toHaveLength(1)
    expect(main.calls('new BrowserWindow')).toHaveLength(0)
    expect(main.calls('ipcMain.handle')).toHaveLength(0)
  })

  it('the first one, when started again, brings its window back to the front', async () => {
    const main = await started()
    await main.ask({ do: 'minimize', window: 1 })
    await main.ask({ do: 'second-instance' })
    expect(main.calls('BrowserWindow.restore')).toHaveLength(1)
    expect(main.calls('BrowserWindow.focus')).toHaveLength(1)
  })
})

describe('the window', () => {
  it('is one window, sandboxed, with the built preload and no Node in the page', async () => {
    const main = await started()
    const windows = main.calls('new BrowserWindow') as [{ webPreferences: Record<string, unknown>; show: boolean }][]
    expect(windows).toHaveLength(1)
    const [{ webPreferences, show }] = windows[0] as [{ webPreferences: Record<string, unknown>; show: boolean }]
    // Every setting of the checklist is asserted in tests/unit/electron-shell.test.ts; here, that the built app makes it so.
    expect(webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(webPreferences.preload).toBe(BUILT_PRELOAD)
    expect(existsSync(webPreferences.preload as string)).toBe(true)
    // Shown only once drawn, so the desk never sees an empty white window.
    expect(show).toBe(false)
    expect(main.calls('app.enableSandbox')).toHaveLength(1)
  })

  it("loads the app's built page, whose Content Security Policy allows nothing remote, no eval and no inline script", async () => {
    const main = await started()
    const [[, file]] = main.calls('BrowserWindow.loadFile') as [[unknown, string]]
    expect(file).toBe(join(root, 'out', 'renderer', 'index.html'))
    expect(await main.loadedUrl).toBe(pathToFileURL(file).href)
    const html = readFileSync(file, 'utf8')
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    const directives = new Map(policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }))
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-src')).toEqual(['blob:'])
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('remembers where it was: moved and closed, it opens there next time', async () => {
    const userData = userDataFolder()
    const first = await started({ userData })
    await first.ask({ do: 'move-window', window: 1, bounds: { x: 140, y: 90, width: 1000, height: 700 } })
    await first.ask({ do: 'close-window', window: 1 })
    // The last window closed: the app quits.
    expect((await first.ended).code).toBe(0)
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 140,
      y: 90,
      width: 1000,
      height: 700,
      maximized: false
    })

    const second = await started({ userData })
    expect(second.calls('new BrowserWindow')[0]?.[0]).toMatchObject({ x: 140, y: 90, width: 1000, height: 700 })
  })

  it('opens centred, at its usual size, when the screen it was on is gone', async () => {
    const userData = userDataFolder()
    const first = await started({ userData, script: { displays: [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1920, y: 0, width: 1920, height: 1040 }] } })
    await first.ask({ do: 'move-window', window: 1, bounds: { x: 2200, y: 100, width: 1000, height: 700 } })
    await first.ask({ do: 'close-window', window: 1 })
    await first.ended

    const second = await started({ userData })
    const options = second.calls('new BrowserWindow')[0]?.[0] as Record<string, unknown>
    expect(options).toMatchObject({ width: 1000, height: 700 })
    expect(options.x).toBeUndefined()
  })

  it("makes the day's backup once the window shows and the register checks out", async () => {
    const userData = userDataFolder()
    await started({ userData })
    await expect.poll(() => existsSync(join(userData, 'backups'))).toBe(true)
  })
})

describe('what the page may do', () => {
  it('may navigate only within its own page; no new window, no redirect, no <webview>', async () => {
    const main = await started()
    const page = await main.loadedUrl
    const navigate = (event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', url: string) =>
      main.ask<boolean>({ do: 'cancellable-event', window: 1, event, url })
    expect(await navigate('will-navigate', 'https://example.com/')).toBe(true)
    expect(await navigate('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(await navigate('will-navigate', `${page}#/today`)).toBe(false)
    expect(await navigate('will-frame-navigate', 'https://example.com/')).toBe(true)
    expect(await navigate('will-redirect', page)).toBe(true)
    expect(await navigate('will-attach-webview', page)).toBe(true)
    for (const url of ['https://example.com/', page]) {
      expect(await main.ask({ do: 'open-window', window: 1, url })).toEqual({ action: 'deny' })
    }
  })

  it('is granted no permission and no device, and reaches no network', async () => {
    const main = await started()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      expect(await main.ask({ do: 'ask-permission', permission })).toEqual({ requested: false, checked: false, device: false })
    }
    expect(await main.ask({ do: 'request', url: 'https://example.com/pixel.png' })).toEqual({ cancel: true })
    expect(await main.ask({ do: 'request', url: await main.loadedUrl })).toEqual({ cancel: false })
  })

  it('has six IPC channels, each answering only the top frame of its own page', async () => {
    const main = await started()
    const page = await main.loadedUrl
    expect(main.calls('ipcMain.handle').map(([channel]) => channel)).toEqual(CHANNELS)

    const info = await main.invoke('clinic:call', { url: page, parent: null }, 'app.info', {})
    expect(info).toMatchObject({ ok: true, value: { name: 'Aftercare Desk', clientCount: 0 } })

    const forged = [
      { url: page, parent: { url: page } },
      { url: 'https://example.com/', parent: null },
      null
    ]
    const arguments_: Record<string, unknown[]> = {
      'clinic:call': ['app.info', {}],
      'clinic:desktop': ['save', { fileName: 'x.csv', mimeType: 'text/csv', bytes: new Uint8Array([1]) }],
      'clinic:register-file': ['backup'],
      'clinic:register-location': ['moveToThisComputer'],
      'clinic:export': ['treatments'],
      'clinic:desk-language': ['set', 'de']
    }
    for (const channel of CHANNELS) {
      for (const senderFrame of forged) {
        const answer = await main.invoke(channel, senderFrame, ...(arguments_[channel] ?? []))
        expect(answer, `${channel} from ${JSON.stringify(senderFrame)}`).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
    }
    // Refused before anything happened: no dialog was opened for a forged save or backup, and the register did not move.
    expect(main.calls('app.relaunch')).toHaveLength(0)
    expect(main.calls('dialog.showSaveDialog')).toHaveLength(0)
    expect(main.calls('dialog.showOpenDialog')).toHaveLength(0)
  })
})

describe('who may do what through the desktop channels', () => {
  it('a desk nobody has set up refuses to copy or replace the register, and a locked one or a receptionist also to move it', async () => {
    const main = await start({ script: { dialogAnswers: { save: [join(userDataFolder(), 'clients.csv')], open: [[userDataFolder()]] } } })
    await main.waitForCall('BrowserWindow.show')
    const page = { url: await main.loadedUrl, parent: null }
    const call = (name: string, input: unknown) => main.invoke('clinic:call', page, name, input)
    const ownerOnly = () =>
      Promise.all([
        main.invoke('clinic:export', page, 'clients'),
        main.invoke('clinic:register-file', page, 'backup'),
        main.invoke('clinic:register-file', page, 'restore'),
        main.invoke('clinic:register-location', page, 'describe')
      ])
    const refusedWith = (code: string, message: string) => Array(4).fill({ ok: false, error: { code, message } })

    // At the first start only the register's location is open: a new desk joins the clinic's server from there.
    const [exported, backedUp, restored, located] = await ownerOnly()
    expect([exported, backedUp, restored]).toEqual(refusedWith('signed_out', EN_WORDS['access.setUpFirst']).slice(1))
    expect(located).toMatchObject({ ok: true, value: { kind: 'this-computer' } })
    expect(await call('desk.setUp', { signIn: 'staff', ownerName: 'Maria Lopez', pin: '482913' })).toMatchObject({ ok: true, value: { kind: 'signed in' } })
    const jo = (await call('staff.create', { name: 'Jo Reyes', role: 'reception', pin: '1234' })) as { value: { id: string } }
    await call('desk.lock', { reason: 'switch' })
    expect(await ownerOnly()).toEqual(refusedWith('signed_out', EN_WORDS['access.signInFirst']))
    await call('desk.signIn', { staffId: jo.value.id, pin: '1234' })
    expect(await ownerOnly()).toEqual(refusedWith('forbidden', EN_WORDS['access.ownerOnly']))
    // Showing, printing or saving a handout the desk already has is anyone's work.
    const file = { fileName: 'clients.csv', mimeType: 'text/csv', bytes: new Uint8Array([104, 105]) }
    expect(await main.invoke('clinic:desktop', page, 'save', file)).toMatchObject({ ok: true, value: { savedTo: expect.any(String) } })
    // Nothing was asked of the person, and nothing moved.
    expect(main.calls('dialog.showOpenDialog')).toHaveLength(0)
    expect(main.calls('app.relaunch')).toHaveLength(0)
  })
})

describe('files the desk chooses', () => {
  it('a save or a backup to a folder that is gone says so in plain words, never with the exception text', async () => {
    const main = await started({ script: { dialogAnswers: { save: ['/no/such/folder/clients.csv'], open: [['/no/such/folder']] } } })
    const page = { url: await main.loadedUrl, parent: null }
    const file = { fileName: 'clients.csv', mimeType: 'text/csv', bytes: new Uint8Array([104, 105]) }
    const saved = await main.invoke('clinic:desktop', page, 'save', file)
    expect(saved).toEqual({
      ok: false,
      error: {
        code: 'file_unavailable',
        message: 'The file could not be saved there. Check that the USB stick or network folder is still connected, or choose another place.'
      }
    })
    const backedUp = await main.invoke('clinic:register-file', page, 'backup')
    expect(backedUp).toMatchObject({ ok: false, error: { code: 'file_unavailable' } })
    expect(JSON.stringify([saved, backedUp])).not.toMatch(/ENOENT|SQLITE|Error/)
  })
})

describe("the desk's files, in the desk's language", () => {
  it('names the dialogs and their file types, and says why nothing was saved or restored, as a German desk reads it', async () => {
    // A German computer: the desk starts in German. The first save goes to a folder that is gone,
    // the export and the backup are cancelled, and the restore is given a file that is no register.
    const notARegister = join(root, 'package.json')
    const main = await started({
      script: { systemLanguages: ['de-DE'], dialogAnswers: { save: ['/no/such/folder/Silva-Ana-Merkblatt.pdf', ''], open: [[], [notARegister]] } }
    })
    const page = { url: await main.loadedUrl, parent: null }
    const refused = (code: string, message: string) => ({ ok: false, error: { code, message } })
    const handout = { fileName: 'Silva-Ana-Merkblatt.pdf', mimeType: 'application/pdf', bytes: new Uint8Array([37]) }

    expect(await main.invoke('clinic:desktop', page, 'save', handout)).toEqual(
      refused('file_unavailable', 'Die Datei konnte dort nicht gespeichert werden. Prüfen Sie, ob der USB-Stick oder der Netzwerkordner noch verbunden ist, oder wählen Sie einen anderen Ort.')
    )
    expect(await main.invoke('clinic:desktop', page, 'preview', { ...handout, mimeType: 'text/csv' })).toEqual(
      refused('invalid_input', 'Nur PDF-Dateien können angezeigt oder gedruckt werden.')
    )
    expect(await main.invoke('clinic:desktop', page, 'fold', handout)).toEqual(
      refused('invalid_input', 'Diese Datei kann weder angezeigt noch gedruckt oder gespeichert werden.')
    )
    expect(await main.invoke('clinic:export', page, 'clients')).toEqual({ ok: true, value: {} })
    expect(await main.invoke('clinic:export', page, 'patients')).toEqual(refused('invalid_input', 'Das kann das Register nicht exportieren.'))
    expect(await main.invoke('clinic:register-file', page, 'backup')).toEqual({ ok: true, value: {} })
    expect(await main.invoke('clinic:register-file', page, 'restore')).toEqual(
      refused('invalid_input', expect.stringMatching(/ist kein Aftercare-Desk-Register.* Ihr aktuelles Register wurde nicht geändert\.$/))
    )
    expect(await main.invoke('clinic:register-file', page, 'tidy')).toEqual(refused('invalid_input', 'Das kann das Register nicht.'))
    expect(await main.invoke('clinic:register-location', page, 'tidy')).toEqual(refused('invalid_input', 'Das kann das Register nicht.'))

    const saveDialogs = main.calls('dialog.showSaveDialog').map((args) => args.at(-1))
    expect(saveDialogs).toEqual([
      { defaultPath: handout.fileName, filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }] },
      {
        defaultPath: expect.stringMatching(/^Kunden-\d{4}-\d{2}-\d{2}\.xlsx$/),
        filters: [
          { name: 'Excel-Arbeitsmappe (.xlsx)', extensions: ['xlsx'] },
          { name: 'CSV-Datei (.csv)', extensions: ['csv'] }
        ]
      }
    ])
    const openDialogs = main.calls('dialog.showOpenDialog').map((args) => args.at(-1))
    expect(openDialogs).toMatchObject([
      { title: 'Wählen Sie, wo die Sicherung gespeichert werden soll' },
      { title: 'Wählen Sie die Sicherung, die wiederhergestellt werden soll', filters: [{ name: 'Aftercare-Desk-Sicherung' }] }
    ])
  })
})

describe('exporting the register as a workbook or CSV', () => {
  it('writes the file the desk chooses straight from the register, a slice at a time, telling the window how far it has got', async () => {
    const userData = userDataFolder()
    const register = await openTempSqliteRegister({ dir: userData })
    await seedDemoRegister(register.database, { clients: 400, seed: 5 })
    const treatments = await register.database.db.selectFrom('treatments').select('id').execute()
    await register.close()
    const saved = join(userDataFolder(), 'treatments.csv')
    const workbook = join(userDataFolder(), 'clients.xlsx')
    const main = await started({ userData, script: { dialogAnswers: { save: [saved, workbook] } } })
    const page = { url: await main.loadedUrl, parent: null }
    const progress: unknown[] = []
    main.onSend((channel, args) => channel === 'clinic:export-progress' && progress.push(args[0]))

    const exported = await main.invoke('clinic:export', page, 'treatments')
    expect(exported).toEqual({ ok: true, value: { savedTo: saved, rows: treatments.length } })
    const rows = Papa.parse<Record<string, string>>(readFileSync(saved, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows.map((row) => row.id).sort()).toEqual(treatments.map(({ id }) => id).sort())
    expect(statSync(saved).mode & 0o077).toBe(0)
    expect(existsSync(`${saved}.partial`)).toBe(false)
    // One message per slice (and the header), counting up to every row.
    expect(progress.length).toBe(Math.ceil(treatments.length / EXPORT_SLICE_ROWS) + 1)
    expect(progress.at(-1)).toEqual({ kind: 'treatments', rows: treatments.length, total: treatments.length })
    // The dialog offers a workbook first, or CSV: the file's extension says which was chosen.
    const [dialogOptions] = main.calls('dialog.showSaveDialog').map((args) => args.at(-1) as { defaultPath: string; filters: unknown })
    expect(dialogOptions?.defaultPath).toMatch(/^treatments-\d{4}-\d{2}-\d{2}\.xlsx$/)
    expect(dialogOptions?.filters).toEqual([
      { name: 'Excel workbook (.xlsx)', extensions: ['xlsx'] },
      { name: 'CSV file (.csv)', extensions: ['csv'] }
    ])

    expect(await main.invoke('clinic:export', page, 'clients')).toEqual({ ok: true, value: { savedTo: workbook, rows: 400 } })
    const read = new ExcelJS.Workbook()
    await read.xlsx.readFile(workbook)
    const sheet = read.worksheets[0]
    expect(sheet?.rowCount).toBe(401)
    expect(sheet?.getRow(1).getCell(4).text).toBe('date_of_birth')
    expect(statSync(workbook).mode & 0o077).toBe(0)
    // Logged as the contract's export is.
    const logged = (await main.invoke('clinic:call', page, 'audit.list', { action: 'export' })) as { value: { details: unknown }[] }
    expect(logged.value.map(({ details }) => details)).toEqual([
      { what: 'clients xlsx', rows: 400 },
      { what: 'treatments csv', rows: treatments.length }
    ])
  })

  it('writes nothing when the desk cancels, and nothing half-written when the folder is gone or the file cannot be put in place', async () => {
    // The last answer names a folder that exists: the whole file is written aside, then cannot take its name.
    const occupied = userDataFolder()
    const unknown = join(userDataFolder(), 'clients.txt')
    const main = await started({ script: { dialogAnswers: { save: ['', '/no/such/folder/clients.csv', `${occupied}.xlsx`, unknown] } } })
    mkdirSync(`${occupied}.xlsx`)
    const page = { url: await main.loadedUrl, parent: null }
    expect(await main.invoke('clinic:export', page, 'clients')).toEqual({ ok: true, value: {} })
    expect(await main.invoke('clinic:export', page, 'clients')).toMatchObject({ ok: false, error: { code: 'file_unavailable' } })
    expect(await main.invoke('clinic:export', page, 'clients')).toMatchObject({ ok: false, error: { code: 'file_unavailable' } })
    expect(existsSync(`${occupied}.xlsx.partial`)).toBe(false)
    expect(await main.invoke('clinic:export', page, 'clients')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Name the file with .xlsx (an Excel workbook) or .csv at the end, then export again.' }
    })
    expect(existsSync(unknown)).toBe(false)
    expect(await main.invoke('clinic:export', page, 'everything')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})

describe('closing the window with unsaved changes', () => {
  it('asks first: "Keep editing" keeps the window, "Leave without saving" lets it close', async () => {
    // The page holds the window while a form has unsaved changes ('beforeunload'); Electron
    // then asks main ('will-prevent-unload'), which cancels the hold only if the desk says leave.
    const main = await started({ script: { dialogAnswers: { messageBox: [1, 0] } } })
    // True when main overrides the page's hold, so the window closes.
    const closes = () => main.ask<boolean>({ do: 'cancellable-event', window: 1, event: 'will-prevent-unload' })
    expect(await closes()).toBe(false)
    expect(await closes()).toBe(true)
    const asked = main.calls('dialog.showMessageBoxSync').map((args) => args.at(-1))
    expect(asked).toHaveLength(2)
    expect(asked[0]).toMatchObject({
      title: 'Leave without saving?',
      message: 'What you typed on this form has not been saved yet.',
      buttons: ['Leave without saving', 'Keep editing'],
      cancelId: 1
    })
  })
})

describe('the menu', () => {
  interface Item {
    id?: string
    label?: string
    role?: string
    type?: string
    accelerator?: string
    registerAccelerator?: boolean
    submenu?: Item[]
  }

  it('has File (New Client, Find Client, Lock Desk, Quit), Edit, View and Help, with their accelerators', async () => {
    const main = await started()
    const [[menu]] = main.calls('Menu.setApplicationMenu') as [[Item[]]]
    expect(menu.map((item) => item.label ?? item.role)).toEqual(['&File', '&Edit', '&View', '&Help'])
    const file = menu[0]?.submenu ?? []
    expect(file.filter((item) => item.id).map(({ id, label, accelerator }) => ({ id, label, accelerator }))).toEqual([
      { id: 'new-client', label: 'New Client', accelerator: 'CmdOrCtrl+N' },
      { id: 'find-client', label: 'Find Client', accelerator: 'CmdOrCtrl+F' },
      { id: 'lock-desk', label: 'Lock Desk', accelerator: 'CmdOrCtrl+L' }
    ])
    // The page listens for the same keys itself: shown in the menu, not registered twice.
    expect(file.filter((item) => item.id).every((item) => item.registerAccelerator === false)).toBe(true)
    expect(file.at(-1)?.role).toBe('quit')
    // A packaged app has no developer tools in its menu.
    expect(JSON.stringify(menu)).not.toMatch(/toggleDevTools/)
  })

  it("is in the computer's language at the first start, and in English when the desk does not speak it", async () => {
    const german = await started({ script: { systemLanguages: ['de-AT', 'en-US'] } })
    const [[deutsch]] = german.calls('Menu.setApplicationMenu') as [[Item[]]]
    expect(deutsch.map((item) => item.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe'])
    expect(deutsch[0]?.submenu?.filter((item) => item.id).map((item) => item.label)).toEqual(['Neuer Kunde', 'Kunden suchen', 'Platz sperren'])
    expect(await german.invoke('clinic:desk-language', { url: await german.loadedUrl, parent: null }, 'get')).toEqual({ ok: true, value: 'de' })

    const polish = await started({ script: { systemLanguages: ['pl-PL'] } })
    const [[english]] = polish.calls('Menu.setApplicationMenu') as [[Item[]]]
    expect(english[0]?.label).toBe('&File')
  })

  it('is built again in the language chosen in Settings, which this computer keeps for its next start', async () => {
    const folder = userDataFolder()
    const main = await started({ userData: folder })
    const page = { url: await main.loadedUrl, parent: null }
    expect(await main.invoke('clinic:desk-language', page, 'set', 'fr')).toEqual({ ok: true, value: 'fr' })
    const menus = main.calls('Menu.setApplicationMenu') as [Item[]][]
    expect(menus).toHaveLength(2)
    const french = menus[1]![0]
    expect(french.map((item) => item.label)).toEqual(['&Fichier', 'É&dition', '&Affichage', '&Aide'])
    expect(french[1]?.submenu?.map((item) => item.label ?? item.type)).toEqual(['Annuler', 'Rétablir', 'separator', 'Couper', 'Copier', 'Coller', 'Tout sélectionner'])
    // A menu item still does what it did: its words changed, not its command.
    const heard: unknown[][] = []
    main.onSend((channel, args) => heard.push([channel, ...args]))
    await main.ask({ do: 'click-menu', id: 'new-client' })
    await expect.poll(() => heard).toEqual([['menu:command', 'new-client']])

    // Anything but one of the four is refused, in the desk's language now, and nothing changes.
    expect(await main.invoke('clinic:desk-language', page, 'set', 'pl')).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Choisissez l’anglais, l’espagnol, le français ou l’allemand pour ce poste.' }
    })
    expect(main.calls('Menu.setApplicationMenu')).toHaveLength(2)
    expect(JSON.parse(readFileSync(join(folder, 'desk-language.json'), 'utf8'))).toEqual({ language: 'fr' })

    await main.ask({ do: 'close-window', window: 1 })
    await main.ended
    const again = await started({ userData: folder, script: { systemLanguages: ['de-DE'] } })
    expect(await again.invoke('clinic:desk-language', { url: await again.loadedUrl, parent: null }, 'get')).toEqual({ ok: true, value: 'fr' })
  })

  it('tells the page when New Client, Find Client or Lock Desk is chosen', async () => {
    const main = await started()
    const heard: unknown[][] = []
    main.onSend((channel, args) => heard.push([channel, ...args]))
    await main.ask({ do: 'click-menu', id: 'new-client' })
    await main.ask({ do: 'click-menu', id: 'find-client' })
    await main.ask({ do: 'click-menu', id: 'lock-desk' })
    await expect.poll(() => heard).toEqual([
      ['menu:command', 'new-client'],
      ['menu:command', 'find-client'],
      ['menu:command', 'lock-desk']
    ])
  })
})
