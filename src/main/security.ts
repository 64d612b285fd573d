import { BrowserWindow, type App, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron'

/**
 * The app's security settings in one place, following Electron's security checklist
 * (https://www.electronjs.org/docs/latest/tutorial/security). Every window is made here, with
 * its web preferences written out in the `new BrowserWindow` call itself, so that both the
 * static scan (npm run security:scan, Electronegativity) and tests/unit/electron-shell.test.ts
 * read the real settings. SECURITY.md explains each one.
 */

/** What a caller may choose about a window; its web preferences are always this module's. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>

/** The register's window: the app's own page, with `window.clinic` from the preload and nothing else. */
export function createSecureWindow(options: WindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click on a link would ask for a new window; refused anyway, but not even asked.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false
    }
  })
}

/**
 * A window that shows one PDF the app has just written, in Chromium's built-in viewer (the
 * one thing `plugins` enables). No preload: the viewer gets no bridge to the register.
 */
export function createPdfViewerWindow(options: WindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      plugins: true
    }
  })
}

/** Where the app's own page is served from: the dev server in development, a file otherwise. */
export type AppPage = { kind: 'dev-server'; origin: string } | { kind: 'file'; path: string }

/** Whether a URL is the app's own page: the only place allowed to call the register. */
export function isAppPageUrl(url: string, page: AppPage): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (page.kind === 'dev-server') return parsed.origin === new URL(page.origin).origin
  return parsed.protocol === 'file:' && decodeURIComponent(parsed.pathname) === toFileUrlPath(page.path)
}

function toFileUrlPath(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  return slashed.startsWith('/') ? slashed : `/${slashed}`
}

/** A navigation as Electron announces it in 'will-frame-navigate'. */
export interface FrameNavigation {
  url: string
  isMainFrame: boolean
  /** The URL of the frame that asked for it, when Electron knows. */
  initiatorUrl?: string | undefined
}

/**
 * Whether a frame may navigate: to the app's own page; or, in a frame inside that page (never
 * the window itself), to a blob: URL the page made itself, such as the protocol editor's PDF
 * preview. Nothing else: no remote page, no other local file.
 */
export function isAllowedNavigation(navigation: FrameNavigation, page: AppPage): boolean {
  if (isAppPageUrl(navigation.url, page)) return true
  if (navigation.isMainFrame || !navigation.url.startsWith('blob:')) return false
  return navigation.initiatorUrl !== undefined && isAppPageUrl(navigation.initiatorUrl, page)
}

/** The URL of a frame Electron may already have disposed of. */
function frameUrl(frame: { url: string } | null | undefined): string | undefined {
  try {
    return frame?.url
  } catch {
    return undefined
  }
}

/** The frame an IPC message came from, as Electron gives it (`event.senderFrame`). */
export interface SenderFrame {
  url: string
  parent: unknown
}

/**
 * Whether an IPC message comes from the app's own page, in the window's top frame. Every
 * `ipcMain.handle` checks this before doing anything; a message from any other page or
 * from a frame inside the page is refused.
 */
export function isAppPageSender(frame: SenderFrame | null | undefined, page: AppPage): boolean {
  if (!frame) return false
  return frame.parent === null && isAppPageUrl(frame.url, page)
}

// Schemes that reach the network. Everything the app shows is local; only the dev server,
// in development, is reached over http and ws.
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:'])

/** Whether the page may load `url`: anything local, and over the network only the dev server. */
export function isRequestAllowed(url: string, page: AppPage): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!NETWORK_PROTOCOLS.has(parsed.protocol)) return true
  if (page.kind !== 'dev-server') return false
  return parsed.host === new URL(page.origin).host
}

/**
 * In every window: the renderer sandbox on for all of them; navigation only to the app's own
 * page (and a frame inside it to the page's own blob: URLs); no redirects, new windows or <webview>; every permission and device request denied;
 * no request to the network. Call before the app is ready.
 */
export function lockDownWebContents(app: App, page: AppPage): void {
  app.enableSandbox()
  const lockedSessions = new WeakSet<Session>()
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppPageUrl(url, page)) event.preventDefault()
    })
    contents.on('will-frame-navigate', (event) => {
      const navigation = { url: event.url, isMainFrame: event.isMainFrame, initiatorUrl: frameUrl(event.initiator) }
      if (!isAllowedNavigation(navigation, page)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    const { session } = contents
    if (lockedSessions.has(session)) return
    lockedSessions.add(session)
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.setPermissionCheckHandler(() => false)
    session.setDevicePermissionHandler(() => false)
    session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, page) }))
  })
}
