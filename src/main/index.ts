import { join } from 'node:path'
import { app, BrowserWindow, dialog, safeStorage, screen } from 'electron'
import { createHandlerTable } from './api/handler-table'
import { RegisterGate } from './api/register-gate'
import { DATABASE_FILE_NAME, fontsDir } from './app-paths'
import type { EngineRegisterDatabase } from './db/register-database'
import { electronNativeBinding } from './db/electron-native-binding'
import { bindDesktopActions } from './desktop-actions'
import { bindExportActions } from './export-actions'
import { keepEarlierHandoutContent } from './handouts/keep-earlier-content'
import { createRenderPool, type RenderPool } from './handouts/render-pool/render-pool'
// electron-vite builds the worker's entry as a file of its own (out/main/chunks/render-worker-*.js) and gives its path.
import renderWorkerFile from './handouts/render-pool/render-worker?modulePath'
import { warmUpHandouts } from './handouts/warm-up'
import { bindIpc } from './ipc'
import { computerActor } from './audit/actor'
import { AuditLog } from './audit/audit-log'
import { DeskSession } from './staff/desk-session'
import { bindRegisterFileActions } from './register-file-actions'
import { bindRegisterLocationActions } from './register-location-actions'
import { systemPasswordStore } from './register-location/password-store'
import { createMainWindow } from './main-window'
import { installApplicationMenu } from './menu'
import { bindDeskLanguageActions } from './desk-language-actions'
import { currentDeskLanguage, loadDeskLanguage, onDeskLanguageChange } from './desk-language/desk-language'
import { setWordsLanguage } from '@shared/words/words-language'
import { lockDownWebContents, type AppPage } from './security'
import { checkRegisterAfterStart } from './startup/check-register-after-start'
import { openDeskRegister } from './startup/open-desk-register'
import { CrashLog } from './startup/crash-log'
import { reportFailedStart } from './startup/failed-start'
import { dialogWords } from './dialog-words'
import { catchUncaughtFailures } from './startup/uncaught-failures'
import { loadWindowPlacement, rememberWindowPlacement } from './window-state'

const page: AppPage = process.env.ELECTRON_RENDERER_URL
  ? { kind: 'dev-server', origin: process.env.ELECTRON_RENDERER_URL }
  : { kind: 'file', path: join(import.meta.dirname, '../renderer/index.html') }

// Lets tests and IT staff point the app at another folder; must be set before 'ready'.
if (process.env.AFTERCARE_DESK_USER_DATA) app.setPath('userData', process.env.AFTERCARE_DESK_USER_DATA)

const WINDOW_STATE_FILE_NAME = 'window-state.json'
const DESK_LANGUAGE_FILE_NAME = 'desk-language.json'
const HANDOUT_WARM_UP_DELAY_MS = 3000
const userData = app.getPath('userData')
const registerFile = join(userData, DATABASE_FILE_NAME)

// From here on no failure in main reaches the desk as a stack trace.
const crashLog = new CrashLog(join(userData, 'logs', 'main.log'), app.getVersion())
catchUncaughtFailures(crashLog, () =>
  dialog.showErrorBox(dialogWords().somethingWentWrongTitle, dialogWords().somethingWentWrong(crashLog.file))
)

let mainWindow: BrowserWindow | undefined
let database: EngineRegisterDatabase | undefined
let renderPool: RenderPool | undefined
let nativeBinding: string | undefined

if (!app.requestSingleInstanceLock()) {
  // Another Aftercare Desk is running: it is focused by its 'second-instance' handler.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  lockDownWebContents(app, page)
  // Both a failed 'ready' and a failed start end in the same dialog.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => reportFailedStart(error, { userData, registerFile, log: crashLog, nativeBinding }))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    void renderPool?.close()
    void database?.close()
  })
}

async function start(): Promise<void> {
  // The desk's language before the register is opened: a register that cannot be opened, and the
  // start-up dialog saying so, are said in it (words are read when said, so in the language set here).
  const deskLanguageFile = join(userData, DESK_LANGUAGE_FILE_NAME)
  loadDeskLanguage(deskLanguageFile, app.getPreferredSystemLanguages()[0])
  setWordsLanguage(currentDeskLanguage())
  onDeskLanguageChange(setWordsLanguage)
  nativeBinding = electronNativeBinding(app.getAppPath(), app.isPackaged)
  const passwords = systemPasswordStore(safeStorage)
  database = await openDeskRegister({ userData, registerFile, passwords, nativeBinding })
  const session = new DeskSession({ database, computer: computerActor('desk'), whenNotSetUp: 'ask', nobodySignedIn: 'locked' })
  // Handouts are drawn on worker threads, one per core: main stays free for the window's calls.
  const pool = createRenderPool({ workerFile: renderWorkerFile, fontsDir: fontsDir(app.getAppPath()) })
  renderPool = pool
  const handlers = createHandlerTable({
    database,
    appName: app.getName(),
    appVersion: app.getVersion(),
    fontsDir: fontsDir(app.getAppPath()),
    session,
    renderFile: pool.render
  })
  const gate = new RegisterGate()
  bindIpc(handlers, page, gate)
  bindDesktopActions(page, () => mainWindow, session)
  const audit = new AuditLog(database.db)
  bindRegisterFileActions({ page, window: () => mainWindow, database, audit, session, nativeBinding })
  bindExportActions({ page, window: () => mainWindow, database, audit, session })
  bindRegisterLocationActions(page, { userData, registerFile, database, gate, passwords, session, nativeBinding })
  bindDeskLanguageActions(page, deskLanguageFile)
  installApplicationMenu(() => mainWindow, () => void session.lock('lock'))
  const windowStateFile = join(userData, WINDOW_STATE_FILE_NAME)
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  mainWindow = createMainWindow(page, join(app.getAppPath(), 'resources', 'icon.png'), loadWindowPlacement(windowStateFile, workAreas))
  rememberWindowPlacement(mainWindow, windowStateFile)
  // The day's backup is the desk's own doing, whoever signs in later.
  const opened = { database, audit, actor: computerActor('desk'), window: mainWindow, nativeBinding }
  mainWindow.once('ready-to-show', () => void checkRegisterAfterStart(opened))
  // Once the first screen has asked for its data, the handout renderer is warmed for the first print.
  mainWindow.once('ready-to-show', () =>
    setTimeout(() => void warmUpHandouts(handlers).then(() => keepEarlierHandoutContent(handlers.upkeep)), HANDOUT_WARM_UP_DELAY_MS)
  )
}
