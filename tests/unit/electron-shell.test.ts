import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HandlerTable } from '../../src/main/api/handler-table'
import { RegisterGate } from '../../src/main/api/register-gate'
import { bindIpc } from '../../src/main/ipc'
import { createMainWindow } from '../../src/main/main-window'
import {
  createPdfViewerWindow,
  createSecureWindow,
  isAppPageSender,
  isAppPageUrl,
  isRequestAllowed,
  lockDownWebContents
} from '../../src/main/security'
import { userDataDir } from '../../src/main/app-paths'
import { CLINIC_CHANNEL } from '../../src/shared/contract/call-names'

// The Electron binary cannot run here, so `electron` is replaced by stand-ins that record what
// the app's own code asks of it: the options it passes to `new BrowserWindow`, the handlers it
// installs on every web contents, the IPC handler it registers. The code under test is the
// real src/main code; only Electron is absent.
const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = []
    loaded: { url?: string; file?: string } = {}
    webContents = { on: () => this.webContents }
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.created.push(this)
    }
    once(): this {
      return this
    }
    loadURL(url: string): Promise<void> {
      this.loaded.url = url
      return Promise.resolve()
    }
    loadFile(file: string): Promise<void> {
      this.loaded.file = file
      return Promise.resolve()
    }
  }
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>()
  const ipcMain = { handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler) }
  return { FakeBrowserWindow, ipcMain, ipcHandlers }
})
vi.mock('electron', () => ({ BrowserWindow: electron.FakeBrowserWindow, ipcMain: electron.ipcMain }))

const built = { kind: 'file', path: '/opt/Aftercare Desk/resources/app.asar/out/renderer/index.html' } as const
const builtUrl = 'file:///opt/Aftercare%20Desk/resources/app.asar/out/renderer/index.html'
const dev = { kind: 'dev-server', origin: 'http://localhost:5173' } as const

/** Electron's security checklist, as this app answers it: every window has all of these. */
const CHECKLIST: [keyof WebPreferences, unknown][] = [
  ['contextIsolation', true],
  ['sandbox', true],
  ['nodeIntegration', false],
  ['nodeIntegrationInWorker', false],
  ['nodeIntegrationInSubFrames', false],
  ['webSecurity', true],
  ['allowRunningInsecureContent', false],
  ['experimentalFeatures', false],
  ['webviewTag', false],
  ['navigateOnDragDrop', false],
  ['disableBlinkFeatures', 'Auxclick'],
  ['safeDialogs', true]
]

beforeEach(() => {
  electron.FakeBrowserWindow.created = []
})

function lastWindow(): InstanceType<typeof electron.FakeBrowserWindow> {
  const window = electron.FakeBrowserWindow.created.at(-1)
  if (!window) throw new Error('no window was made')
  return window
}

describe("the register's window, as the app really makes it", () => {
  const placement = { bounds: { width: 1200, height: 800 }, maximized: false }

  it.each(CHECKLIST)('has %s = %s', (setting, value) => {
    createMainWindow(built, '/icon.png', placement)
    expect(lastWindow().options.webPreferences?.[setting]).toBe(value)
  })

  it('sets nothing else that loosens them, and gets the page only its preload', () => {
    createMainWindow(built, '/icon.png', placement)
    const preferences = lastWindow().options.webPreferences ?? {}
    expect(Object.keys(preferences).sort()).toEqual([...CHECKLIST.map(([key]) => key), 'preload', 'spellcheck'].sort())
    expect(preferences.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(preferences.spellcheck).toBe(false)
  })

  it("loads the app's own page and nothing else", () => {
    createMainWindow(built, '/icon.png', placement)
    expect(lastWindow().loaded).toEqual({ file: built.path })
    createMainWindow(dev, '/icon.png', placement)
    expect(lastWindow().loaded).toEqual({ url: dev.origin })
  })

  it('keeps its web preferences whatever options a caller passes', () => {
    const loose = { webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false } } as WebPreferences
    createSecureWindow(loose as never, '/preload.cjs')
    expect(lastWindow().options.webPreferences).toMatchObject({ nodeIntegration: false, sandbox: true, contextIsolation: true })
  })
})

describe('the PDF viewer window', () => {
  it.each(CHECKLIST)('has %s = %s', (setting, value) => {
    createPdfViewerWindow({ title: 'handout.pdf' })
    expect(lastWindow().options.webPreferences?.[setting]).toBe(value)
  })

  it("has Chromium's PDF viewer and no preload, so no bridge to the register", () => {
    createPdfViewerWindow({ title: 'handout.pdf' })
    const preferences = lastWindow().options.webPreferences ?? {}
    expect(preferences.plugins).toBe(true)
    expect(preferences.preload).toBeUndefined()
  })
})

/** A web contents and session that record what lockDownWebContents installs on them. */
type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void

function fakeWebContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const webRequest = {
    handler: undefined as BeforeRequest | undefined,
    onBeforeRequest(handler: BeforeRequest) {
      this.handler = handler
    }
  }
  const session = {
    permissionRequest: undefined as undefined | ((...args: unknown[]) => void),
    permissionCheck: undefined as undefined | ((...args: unknown[]) => unknown),
    devicePermission: undefined as undefined | ((...args: unknown[]) => unknown),
    installs: 0,
    setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
      this.permissionRequest = handler
      this.installs++
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => unknown) {
      this.permissionCheck = handler
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => unknown) {
      this.devicePermission = handler
    },
    webRequest
  }
  const contents = {
    session,
    listeners,
    windowOpenHandler: undefined as undefined | ((details: { url: string }) => unknown),
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, listener)
      return this
    },
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler
    }
  }
  return contents
}

function lockedDown(page: typeof built | typeof dev) {
  let created: ((event: unknown, contents: unknown) => void) | undefined
  const app = {
    enableSandbox: vi.fn(),
    on: (event: string, listener: (event: unknown, contents: unknown) => void) => {
      if (event === 'web-contents-created') created = listener
    }
  }
  lockDownWebContents(app as never, page)
  const contents = fakeWebContents()
  created?.({}, contents)
  return { app, contents, addContents: (more: unknown) => created?.({}, more) }
}

/** Fires a cancellable event at a listener, as Electron does, and says whether it was cancelled. */
function cancelled(listener: ((...args: unknown[]) => void) | undefined, url: string, details: object = {}): boolean {
  const event = { preventDefault: vi.fn(), url, isMainFrame: true, initiator: null, ...details }
  listener?.(event, url)
  return event.preventDefault.mock.calls.length > 0
}

describe('every web contents', () => {
  it('runs sandboxed: the sandbox is on for the whole app', () => {
    expect(lockedDown(built).app.enableSandbox).toHaveBeenCalledOnce()
  })

  it("may navigate only to the app's own page", () => {
    const { listeners } = lockedDown(built).contents
    expect(cancelled(listeners.get('will-navigate'), 'https://example.com/')).toBe(true)
    expect(cancelled(listeners.get('will-navigate'), 'file:///tmp/evil.html')).toBe(true)
    expect(cancelled(listeners.get('will-navigate'), `${builtUrl}#/client/1`)).toBe(false)
    expect(cancelled(listeners.get('will-frame-navigate'), 'https://example.com/')).toBe(true)
    expect(cancelled(listeners.get('will-frame-navigate'), builtUrl)).toBe(false)
  })

  it("lets a frame inside the page show the page's own blob: URL (a PDF preview), and nothing else", () => {
    const frameNavigate = lockedDown(built).contents.listeners.get('will-frame-navigate')
    const blob = 'blob:file:///6f1c2d3e-0000-4000-8000-000000000000'
    const fromPage = { isMainFrame: false, initiator: { url: builtUrl } }
    expect(cancelled(frameNavigate, blob, fromPage)).toBe(false)
    expect(cancelled(frameNavigate, blob, { isMainFrame: true, initiator: { url: builtUrl } })).toBe(true)
    expect(cancelled(frameNavigate, blob, { isMainFrame: false, initiator: { url: 'https://example.com/' } })).toBe(true)
    expect(cancelled(frameNavigate, blob, { isMainFrame: false, initiator: null })).toBe(true)
    const disposed = { get url(): string { throw new Error('Render frame was disposed') } }
    expect(cancelled(frameNavigate, blob, { isMainFrame: false, initiator: disposed })).toBe(true)
    expect(cancelled(frameNavigate, 'https://example.com/', fromPage)).toBe(true)
    expect(cancelled(frameNavigate, 'file:///tmp/evil.html', fromPage)).toBe(true)
    expect(cancelled(frameNavigate, 'data:text/html,<script>alert(1)</script>', fromPage)).toBe(true)
  })

  it('follows no redirect and attaches no <webview>', () => {
    const { listeners } = lockedDown(built).contents
    expect(cancelled(listeners.get('will-redirect'), builtUrl)).toBe(true)
    expect(cancelled(listeners.get('will-attach-webview'), builtUrl)).toBe(true)
  })

  it('opens no new window, whatever the URL', () => {
    const { contents } = lockedDown(built)
    for (const url of ['https://example.com/', builtUrl, 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it('grants no permission and no device', () => {
    const { session } = lockedDown(built).contents
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) {
      const callback = vi.fn()
      session.permissionRequest?.({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(session.permissionCheck?.({}, permission)).toBe(false)
    }
    expect(session.devicePermission?.({ deviceType: 'usb' })).toBe(false)
  })

  it('sends no request to the network', () => {
    const answer = (page: typeof built | typeof dev, url: string): boolean => {
      let cancel: boolean | undefined
      lockedDown(page).contents.session.webRequest.handler?.({ url }, (response) => (cancel = response.cancel))
      return cancel as boolean
    }
    expect(answer(built, 'https://example.com/tracker.png')).toBe(true)
    expect(answer(built, 'http://localhost:5173/')).toBe(true)
    expect(answer(built, 'wss://example.com/')).toBe(true)
    expect(answer(built, `${builtUrl}`)).toBe(false)
    expect(answer(built, 'data:image/png;base64,AAAA')).toBe(false)
    expect(answer(dev, 'http://localhost:5173/src/main.ts')).toBe(false)
    expect(answer(dev, 'ws://localhost:5173/')).toBe(false)
    expect(answer(dev, 'http://localhost:5174/')).toBe(true)
  })

  it('locks each session once, however many windows share it', () => {
    const { contents, addContents } = lockedDown(built)
    addContents({ ...fakeWebContents(), session: contents.session })
    expect(contents.session.installs).toBe(1)
  })
})

describe('the register over IPC', () => {
  // Who is at the desk is not this test's question: its session lets every call through.
  const table = { 'clients.count': async () => 7, session: { permit: async () => undefined, actingAs: (_actor: unknown, work: () => Promise<unknown>) => work() } } as unknown as HandlerTable
  const call = (senderFrame: unknown, name: unknown = 'clients.count', input: unknown = {}): Promise<unknown> => {
    bindIpc(table, built, new RegisterGate())
    const handler = electron.ipcHandlers.get(CLINIC_CHANNEL)
    if (!handler) throw new Error('no IPC handler')
    return handler({ senderFrame }, name, input) as Promise<unknown>
  }
  const forbidden = { ok: false, error: { code: 'forbidden', message: 'Only the Aftercare Desk window may use the register.' } }

  it("answers the app's own page, in the window's top frame", async () => {
    expect(await call({ url: builtUrl, parent: null })).toEqual({ ok: true, value: 7 })
  })

  it.each([
    ['another page', { url: 'file:///tmp/evil.html', parent: null }],
    ['a remote page', { url: 'https://example.com/out/renderer/index.html', parent: null }],
    ['a frame inside the page', { url: builtUrl, parent: { url: builtUrl } }],
    ['a frame that is gone', null],
    ['no frame at all', undefined]
  ])('refuses %s', async (_what, frame) => {
    expect(await call(frame)).toEqual(forbidden)
  })

  it('refuses a call the contract does not have, even from the page', async () => {
    expect(await call({ url: builtUrl, parent: null }, 'require', 'child_process')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

describe('which pages may call the register', () => {
  it('allows only the app page itself', () => {
    expect(isAppPageUrl(builtUrl, built)).toBe(true)
    expect(isAppPageUrl(`${builtUrl}#/client/1`, built)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/#/today', dev)).toBe(true)
    expect(isAppPageSender({ url: builtUrl, parent: null }, built)).toBe(true)
  })

  it.each([
    'file:///tmp/evil.html',
    'file:///opt/Aftercare%20Desk/resources/app.asar/out/renderer/index.html.evil',
    'https://example.com/out/renderer/index.html',
    'http://localhost:5173.evil.com/',
    'http://localhost:5174/',
    'not a url',
    ''
  ])('refuses %s', (url) => {
    expect(isAppPageUrl(url, built)).toBe(false)
    expect(isAppPageUrl(url, dev)).toBe(false)
    expect(isAppPageSender({ url, parent: null }, built)).toBe(false)
  })

  it('handles Windows paths', () => {
    const windows = { kind: 'file', path: 'C:\\Program Files\\Aftercare Desk\\out\\renderer\\index.html' } as const
    expect(isAppPageUrl('file:///C:/Program%20Files/Aftercare%20Desk/out/renderer/index.html', windows)).toBe(true)
  })

  it('allows requests to local resources only', () => {
    expect(isRequestAllowed('blob:file:///abc', built)).toBe(true)
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', built)).toBe(true)
    expect(isRequestAllowed('ftp://example.com/', dev)).toBe(false)
    expect(isRequestAllowed('not a url', built)).toBe(false)
  })
})

describe("the CLI's default register", () => {
  it("is where Electron's userData folder is on each system", () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/x/Aftercare Desk')
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Aftercare Desk')
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Aftercare Desk')
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toMatch(
      /AppData.Roaming.Aftercare Desk$/
    )
  })
})
