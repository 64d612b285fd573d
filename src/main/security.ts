import type { App, WebContents, WebPreferences } from 'electron'

/**
 * The app's security settings in one place, following Electron's security checklist.
 * Tests read these to check the real window options.
 */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false
  }
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

/** Denies navigation, new windows, <webview> and every permission request, in every window. */
export function lockDownWebContents(app: App, page: AppPage): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppPageUrl(url, page)) event.preventDefault()
    })
    contents.on('will-frame-navigate', (event) => {
      if (!isAppPageUrl(event.url, page) && !isPdfViewerUrl(event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    contents.session.setPermissionCheckHandler(() => false)
  })
}

// Chromium's built-in PDF viewer, which the handout preview and print windows use.
const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai'

export function isPdfViewerUrl(url: string): boolean {
  try {
    return new URL(url).origin === PDF_VIEWER_ORIGIN
  } catch {
    return false
  }
}
