// What stands in for Electron's main-process API when the built main process
// (out/main/index.js) runs under plain Node: no Electron binary can be installed here.
// resolve-electron.mjs hands this module to every `import ... from 'electron'`, so the app's
// own code runs unchanged. It covers the part of the API the app uses (app, BrowserWindow and
// its webContents and session, ipcMain, dialog, Menu, screen, safeStorage) and nothing else is faked: the
// register, the handler table, the PDFs and the files on disk are the real ones.
//
// Each call the app makes is appended to a journal file (one JSON line each), which the test
// reads (tests/support/electron-main.ts); it is written synchronously so that a process that
// ends with app.exit() leaves its whole record. What the person would do (answer a dialog,
// click a menu item, move and close the window) and what the page would send over IPC reach
// this module as messages from the test, over the fork's channel.
import { appendFileSync, readFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { StandInCommand, StandInEvent, StandInScript } from './protocol'

const script = JSON.parse(process.env.ELECTRON_STAND_IN_SCRIPT ?? '{}') as StandInScript
const journalFile = process.env.ELECTRON_STAND_IN_JOURNAL

/** Appends one call to the journal: functions, windows and bytes are written as what they are. */
function record(api: string, ...args: unknown[]): void {
  if (!journalFile) return
  const line = JSON.stringify({ api, args }, (_key, value: unknown) => {
    if (typeof value === 'function') return '[function]'
    if (value instanceof Uint8Array) return { bytes: value.length }
    return value
  })
  appendFileSync(journalFile, `${line}\n`)
}

function tellTheTest(event: StandInEvent): void {
  process.send?.(event)
}

type Rectangle = { x: number; y: number; width: number; height: number }
type Handler = (...args: unknown[]) => unknown

class StandInApp extends EventEmitter {
  readonly isPackaged = script.isPackaged ?? true
  private readonly paths = new Map<string, string>([['userData', script.userData]])
  private readonly ready = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
    this.emit('ready')
  })

  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock')
    return script.singleInstanceLock ?? true
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  setPath(name: string, path: string): void {
    record('app.setPath', name, path)
    this.paths.set(name, path)
  }
  getPath(name: string): string {
    const path = this.paths.get(name)
    if (path === undefined) throw new Error(`The Electron stand-in has no path "${name}".`)
    return path
  }
  getAppPath(): string {
    return script.appPath
  }
  getName(): string {
    return 'Aftercare Desk'
  }
  getVersion(): string {
    return script.version
  }
  getPreferredSystemLanguages(): string[] {
    return script.systemLanguages ?? ['en-GB']
  }
  enableSandbox(): void {
    record('app.enableSandbox')
  }
  relaunch(): void {
    record('app.relaunch')
  }
  /** Electron's quit: windows close, then 'will-quit', then the process ends with code 0. */
  quit(): void {
    record('app.quit')
    setImmediate(() => {
      for (const window of [...openWindows]) window.close()
      this.emit('will-quit', { preventDefault: () => undefined })
      setImmediate(() => process.exit(0))
    })
  }
  /** Electron's exit: at once, with no quit events. */
  exit(code = 0): void {
    record('app.exit', code)
    process.exit(code)
  }
}

export const app = new StandInApp()

class StandInSession {
  permissionRequestHandler: Handler | undefined
  permissionCheckHandler: Handler | undefined
  devicePermissionHandler: Handler | undefined
  beforeRequest: Handler | undefined
  readonly webRequest = {
    onBeforeRequest: (handler: Handler) => {
      record('session.webRequest.onBeforeRequest', handler)
      this.beforeRequest = handler
    }
  }
  setPermissionRequestHandler(handler: Handler): void {
    record('session.setPermissionRequestHandler', handler)
    this.permissionRequestHandler = handler
  }
  setPermissionCheckHandler(handler: Handler): void {
    record('session.setPermissionCheckHandler', handler)
    this.permissionCheckHandler = handler
  }
  setDevicePermissionHandler(handler: Handler): void {
    record('session.setDevicePermissionHandler', handler)
    this.devicePermissionHandler = handler
  }
}

/** Every window shares the default session, as in Electron. */
const defaultSession = new StandInSession()

class StandInWebContents extends EventEmitter {
  readonly session = defaultSession
  windowOpenHandler: Handler | undefined
  url = ''
  constructor(readonly window: BrowserWindow) {
    super()
  }
  setWindowOpenHandler(handler: Handler): void {
    record('webContents.setWindowOpenHandler', this, handler)
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    record('webContents.send', this, channel, ...args)
    tellTheTest({ event: 'send', window: this.window.id, channel, args })
  }
  /** Records what went to the printer: the file the window shows, by its size and first bytes. */
  print(options: unknown, callback: (success: boolean, reason: string) => void): void {
    const file = fileURLToPath(this.url)
    const bytes = readFileSync(file)
    record('webContents.print', this, options, { file, size: bytes.length, startsWith: bytes.subarray(0, 5).toString('latin1') })
    setImmediate(() => callback(true, ''))
  }
  toJSON(): object {
    return { webContentsOf: this.window.id }
  }
}

const openWindows = new Set<BrowserWindow>()
let nextWindowId = 1

export class BrowserWindow extends EventEmitter {
  readonly id = nextWindowId++
  readonly webContents: StandInWebContents
  private bounds: Rectangle
  private maximized = false
  private minimized = false

  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    record('new BrowserWindow', options)
    const display = screen.getPrimaryDisplay().workArea
    const width = typeof options.width === 'number' ? options.width : 800
    const height = typeof options.height === 'number' ? options.height : 600
    // Electron centres a window that was given no position.
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : display.x + Math.round((display.width - width) / 2),
      y: typeof options.y === 'number' ? options.y : display.y + Math.round((display.height - height) / 2),
      width,
      height
    }
    this.webContents = new StandInWebContents(this)
    openWindows.add(this)
    app.emit('web-contents-created', {}, this.webContents)
  }
  static getAllWindows(): BrowserWindow[] {
    return [...openWindows]
  }
  /** The page is "shown" once loaded; the browser tests open the same URL in Chromium. */
  loadURL(url: string): Promise<void> {
    record('BrowserWindow.loadURL', this, url)
    return this.loaded(url)
  }
  loadFile(path: string): Promise<void> {
    record('BrowserWindow.loadFile', this, path)
    return this.loaded(pathToFileURL(path).href)
  }
  private loaded(url: string): Promise<void> {
    this.webContents.url = url
    tellTheTest({ event: 'loaded', window: this.id, url })
    setImmediate(() => this.emit('ready-to-show'))
    return Promise.resolve()
  }
  show(): void {
    record('BrowserWindow.show', this)
  }
  focus(): void {
    record('BrowserWindow.focus', this)
  }
  maximize(): void {
    record('BrowserWindow.maximize', this)
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  minimize(): void {
    this.minimized = true
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    record('BrowserWindow.restore', this)
    this.minimized = false
  }
  setBounds(bounds: Rectangle): void {
    this.bounds = { ...bounds }
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds }
  }
  isDestroyed(): boolean {
    return !openWindows.has(this)
  }
  close(): void {
    if (!openWindows.has(this)) return
    record('BrowserWindow.close', this)
    let kept = false
    this.emit('close', { preventDefault: () => (kept = true) })
    if (kept) return
    openWindows.delete(this)
    this.emit('closed')
    if (openWindows.size === 0) app.emit('window-all-closed')
  }
  toJSON(): object {
    return { window: this.id }
  }
}

// The key store seals with a key that stands for this computer account's (XOR with a fixed
// pad: enough to show that no password is written as it was typed, and that the next start
// reads it back).
const KEY_STORE_PAD = Buffer.from('stand-in key of this computer account')
function withPad(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte, index) => byte ^ (KEY_STORE_PAD[index % KEY_STORE_PAD.length] as number)))
}

export const safeStorage = {
  isEncryptionAvailable(): boolean {
    return script.keyStore !== 'none'
  },
  getSelectedStorageBackend(): string {
    return script.keyStore === 'none' ? 'unknown' : (script.keyStore ?? 'gnome_libsecret')
  },
  encryptString(plainText: string): Buffer {
    record('safeStorage.encryptString')
    if (script.keyStore === 'none') throw new Error('Encryption is not available.')
    return Buffer.concat([Buffer.from('v11'), withPad(Buffer.from(plainText, 'utf8'))])
  },
  decryptString(encrypted: Buffer): string {
    record('safeStorage.decryptString')
    if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return withPad(encrypted.subarray(3)).toString('utf8')
  }
}

const ipcHandlers = new Map<string, Handler>()

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    record('ipcMain.handle', channel, handler)
    ipcHandlers.set(channel, handler)
  }
}

/** Each dialog takes the next answer the test scripted, or is dismissed as by Escape. */
const answers = { ...script.dialogAnswers }

function answerMessageBox(args: unknown[]): number {
  const options = args.at(-1) as { cancelId?: number }
  return answers.messageBox?.shift() ?? options.cancelId ?? 0
}

export const dialog = {
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', title, content)
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    record('dialog.showMessageBox', ...args)
    return { response: answerMessageBox(args), checkboxChecked: false }
  },
  showMessageBoxSync(...args: unknown[]): number {
    record('dialog.showMessageBoxSync', ...args)
    return answerMessageBox(args)
  },
  async showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    record('dialog.showOpenDialog', ...args)
    const filePaths = answers.open?.shift() ?? []
    return { canceled: filePaths.length === 0, filePaths }
  },
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    record('dialog.showSaveDialog', ...args)
    const filePath = answers.save?.shift() ?? ''
    return { canceled: filePath === '', filePath }
  }
}

interface MenuItem {
  id?: string
  label?: string
  role?: string
  accelerator?: string
  registerAccelerator?: boolean
  click?: () => void
  submenu?: MenuItem[]
}

class StandInMenu {
  constructor(readonly items: MenuItem[]) {}
  getMenuItemById(id: string): MenuItem | undefined {
    const search = (items: MenuItem[]): MenuItem | undefined => {
      for (const item of items) {
        const found = item.id === id ? item : search(item.submenu ?? [])
        if (found) return found
      }
      return undefined
    }
    return search(this.items)
  }
}

let applicationMenu: StandInMenu | null = null

export const Menu = {
  buildFromTemplate(template: MenuItem[]): StandInMenu {
    return new StandInMenu(template)
  },
  setApplicationMenu(menu: StandInMenu | null): void {
    record('Menu.setApplicationMenu', menu?.items ?? null)
    applicationMenu = menu
  },
  getApplicationMenu(): StandInMenu | null {
    return applicationMenu
  }
}

const displays = script.displays ?? [{ x: 0, y: 0, width: 1920, height: 1040 }]

export const screen = {
  getAllDisplays(): { workArea: Rectangle }[] {
    return displays.map((workArea) => ({ workArea }))
  },
  getPrimaryDisplay(): { workArea: Rectangle } {
    return { workArea: displays[0] as Rectangle }
  }
}

function windowById(id: number): BrowserWindow {
  const window = [...openWindows].find((open) => open.id === id)
  if (!window) throw new Error(`No open window ${id}.`)
  return window
}

/** Fires a cancellable web-contents event as Electron does; says whether a listener cancelled it. */
function cancelled(contents: StandInWebContents, name: string, event: object, ...args: unknown[]): boolean {
  let prevented = false
  contents.emit(name, { ...event, preventDefault: () => (prevented = true) }, ...args)
  return prevented
}

/** What the test asks of "Electron": the person's actions, the page's IPC, a web page's requests. */
async function perform(command: StandInCommand): Promise<unknown> {
  switch (command.do) {
    case 'invoke': {
      const handler = ipcHandlers.get(command.channel)
      if (!handler) throw new Error(`No handler for IPC channel ${command.channel}.`)
      const sender = windowById(command.window).webContents
      return handler({ sender, senderFrame: command.senderFrame }, ...command.args)
    }
    case 'cancellable-event': {
      const contents = windowById(command.window).webContents
      const initiator = command.initiatorUrl === undefined ? null : { url: command.initiatorUrl }
      const details = { url: command.url, isMainFrame: command.isMainFrame ?? true, initiator }
      return cancelled(contents, command.event, details, command.url)
    }
    case 'open-window':
      return windowById(command.window).webContents.windowOpenHandler?.({ url: command.url })
    case 'ask-permission': {
      const answer = new Promise<boolean>((resolve) =>
        defaultSession.permissionRequestHandler?.(null, command.permission, resolve, {})
      )
      return {
        requested: await answer,
        checked: defaultSession.permissionCheckHandler?.(null, command.permission, '', {}),
        device: defaultSession.devicePermissionHandler?.({ deviceType: 'usb', origin: '' })
      }
    }
    case 'request':
      return new Promise((resolve) => defaultSession.beforeRequest?.({ url: command.url }, resolve))
    case 'click-menu': {
      const item = applicationMenu?.getMenuItemById(command.id)
      if (!item?.click) throw new Error(`No menu item ${command.id} to click.`)
      item.click()
      return undefined
    }
    case 'move-window':
      windowById(command.window).setBounds(command.bounds)
      if (command.maximized) windowById(command.window).maximize()
      return undefined
    case 'close-window':
      windowById(command.window).close()
      return undefined
    case 'second-instance':
      app.emit('second-instance', {}, [], '')
      return undefined
    case 'minimize':
      windowById(command.window).minimize()
      return undefined
    case 'fail-later':
      // A fault in main that no code handles, thrown outside any call, as a bug would be.
      if (command.as === 'exception') {
        setImmediate(() => {
          throw new Error(command.message)
        })
      } else {
        void Promise.reject(new Error(command.message))
      }
      return undefined
  }
}

process.on('message', (message: { id: number; command: StandInCommand }) => {
  perform(message.command).then(
    (result) => tellTheTest({ event: 'answer', id: message.id, result }),
    (error: unknown) => tellTheTest({ event: 'answer', id: message.id, error: String(error) })
  )
})

export default { app, BrowserWindow, ipcMain, dialog, Menu, screen }
