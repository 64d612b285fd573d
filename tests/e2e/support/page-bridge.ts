// Bundled into the page before the app loads: `window.clinic` exactly as the preload builds
// it, but over a function Playwright exposes instead of Electron IPC, and with a menu that
// tests "click" through `window.__deskMenu` instead of main's webContents.send. The desktop's
// viewer, print dialog and save dialog cannot run in a browser: the files the page hands them
// are kept in `window.__deskFiles` for tests to read, and the register's backup and restore
// (a folder or file dialog, then a restart) in `window.__deskRegisterActions`. Where the
// register is answers from `window.__deskLocation` (a test may set it) and each change asked
// for is kept in `window.__deskLocationCalls`: moving a register restarts the app, which only
// the Electron chain (electron-desk.ts) can show. The desk's language is kept in the browser's storage.
import { buildClinicApi } from '../../../src/shared/contract/clinic-api'
import type { CallName } from '../../../src/shared/contract/call-names'
import type { CallResult } from '../../../src/shared/contract/errors'
import type { DeskApi } from '../../../src/shared/contract/desk-api'
import type { DeskFile, DesktopAction, RegisterFileAction } from '../../../src/shared/contract/desktop-calls'
import type { MenuCommand } from '../../../src/shared/contract/menu-commands'
import type { RegisterLocationAction, RegisterLocationView } from '../../../src/shared/contract/register-location'
import { localIsoDate } from '../../../src/shared/dates/local-iso-date'
import { defaultDeskLanguage } from '../../../src/shared/desk-language/desk-region'
import type { HandoutLanguage } from '../../../src/shared/register/vocabulary'
import { unwrapBytes, wrapBytes } from './wire-bytes'

declare global {
  interface Window {
    clinic: DeskApi
    __clinicLoopback(name: CallName, input: unknown): Promise<CallResult<unknown>>
    __deskMenu(command: MenuCommand): void
    __deskFiles: { action: DesktopAction; file: DeskFile }[]
    __deskRegisterActions: RegisterFileAction[]
    __deskLocation: RegisterLocationView
    __deskLocationCalls: { action: RegisterLocationAction; settings?: unknown }[]
  }
}

const DESK_LANGUAGE_STORAGE_KEY = 'aftercare-desk-language'
const menuListeners = new Set<(command: MenuCommand) => void>()

window.clinic = {
  ...buildClinicApi(
    async (name, input) => unwrapBytes(await window.__clinicLoopback(name, wrapBytes(input))) as CallResult<unknown>
  ),
  menu: {
    onCommand(callback) {
      menuListeners.add(callback)
      return () => menuListeners.delete(callback)
    }
  },
  desktop: {
    preview: async (file) => keep('preview', file),
    print: async (file) => keep('print', file),
    save: async (file) => keep('save', file, `/saved/${file.fileName}`),
    // Dialogs and an app restart cannot happen in a browser: each is recorded; the backup
    // "goes" to a USB stick, and the restore ends as if its file dialog were cancelled.
    backUpNow: async () => {
      window.__deskRegisterActions.push('backup')
      return { ok: true as const, value: { savedTo: '/media/usb/register-backup.sqlite3' } }
    },
    restoreFromBackup: async () => {
      window.__deskRegisterActions.push('restore')
      return { ok: true as const, value: {} }
    },
    // Main writes an export straight to a file, a workbook or a CSV file as the save dialog's
    // extension says (tests/integration/electron-main.test.ts shows it); here the desk "chose"
    // CSV, whose same rows come through the contract's call and are kept as a saved file.
    exportFile: async (kind, onProgress) => {
      const result = await window.clinic.exports[kind === 'clients' ? 'clientsCsv' : 'treatmentsCsv']({})
      if (!result.ok) return result
      const { csv, rows } = result.value
      onProgress?.({ kind, rows, total: rows })
      const file = { fileName: `${kind}-${localIsoDate()}.csv`, mimeType: 'text/csv' as const, bytes: new TextEncoder().encode(csv) }
      return { ok: true as const, value: { ...keep('save', file, `/saved/${file.fileName}`).value, rows } }
    }
  },
  registerLocation: {
    describe: async () => ({ ok: true as const, value: window.__deskLocation }),
    test: async (settings) => {
      window.__deskLocationCalls.push({ action: 'test', settings })
      return { ok: true as const, value: { holds: 'nothing' as const, clients: 0, summary: 'Connected. The database is empty, ready for this register.' } }
    },
    moveToServer: async (settings) => changeLocation('moveToServer', settings),
    joinServer: async (settings) => changeLocation('joinServer', settings),
    moveToThisComputer: async () => changeLocation('moveToThisComputer')
  },
  // This computer's preference file is the browser's storage: it outlives a reload, as the file
  // outlives a restart, and a test may set it before the page opens (DESK_LANGUAGE_STORAGE_KEY).
  deskLanguage: {
    get: async () => ({
      ok: true as const,
      value: (localStorage.getItem(DESK_LANGUAGE_STORAGE_KEY) as HandoutLanguage | null) ?? defaultDeskLanguage(navigator.language)
    }),
    set: async (language) => {
      localStorage.setItem(DESK_LANGUAGE_STORAGE_KEY, language)
      return { ok: true as const, value: language }
    }
  }
}

window.__deskLocation = { kind: 'this-computer', file: '/home/desk/.config/Aftercare Desk/register.sqlite3', passwordKept: false }
window.__deskLocationCalls = []
function changeLocation(action: RegisterLocationAction, settings?: unknown) {
  window.__deskLocationCalls.push({ action, settings })
  return { ok: true as const, value: {} }
}

window.__deskFiles = []
window.__deskRegisterActions = []
function keep(action: DesktopAction, file: DeskFile, savedTo?: string) {
  window.__deskFiles.push({ action, file })
  return { ok: true as const, value: savedTo ? { savedTo } : {} }
}
window.__deskMenu = (command) => menuListeners.forEach((listener) => listener(command))
