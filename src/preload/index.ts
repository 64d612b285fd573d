import { contextBridge, ipcRenderer } from 'electron'
import { CLINIC_CHANNEL } from '@shared/contract/call-names'
import { buildClinicApi } from '@shared/contract/clinic-api'
import type { DeskApi } from '@shared/contract/desk-api'
import {
  DESKTOP_CHANNEL,
  EXPORT_CHANNEL,
  EXPORT_PROGRESS_CHANNEL,
  REGISTER_FILE_CHANNEL,
  type DesktopBridge,
  type DesktopResult,
  type ExportProgress
} from '@shared/contract/desktop-calls'
import type { CallResult } from '@shared/contract/errors'
import { isMenuCommand, MENU_COMMAND_CHANNEL } from '@shared/contract/menu-commands'
import { DESK_LANGUAGE_CHANNEL, type DeskLanguageBridge } from '@shared/contract/desk-language'
import { REGISTER_LOCATION_CHANNEL, type RegisterLocationBridge } from '@shared/contract/register-location'

// The page gets `window.clinic` and nothing else: one method per call of the contract,
// a way to hear the application menu, the desktop's show, print and save for produced files,
// where the register is, and the desk's language.
const clinic: DeskApi = {
  ...buildClinicApi((name, input) => ipcRenderer.invoke(CLINIC_CHANNEL, name, input) as Promise<CallResult<unknown>>),
  menu: {
    onCommand(callback) {
      const listener = (_event: Electron.IpcRendererEvent, command: unknown): void => {
        if (isMenuCommand(command)) callback(command)
      }
      ipcRenderer.on(MENU_COMMAND_CHANNEL, listener)
      return () => void ipcRenderer.off(MENU_COMMAND_CHANNEL, listener)
    }
  },
  desktop: {
    preview: (file) => ipcRenderer.invoke(DESKTOP_CHANNEL, 'preview', file) as Promise<DesktopResult>,
    print: (file) => ipcRenderer.invoke(DESKTOP_CHANNEL, 'print', file) as Promise<DesktopResult>,
    save: (file) => ipcRenderer.invoke(DESKTOP_CHANNEL, 'save', file) as Promise<DesktopResult>,
    backUpNow: () => ipcRenderer.invoke(REGISTER_FILE_CHANNEL, 'backup') as Promise<DesktopResult>,
    restoreFromBackup: () => ipcRenderer.invoke(REGISTER_FILE_CHANNEL, 'restore') as Promise<DesktopResult>,
    async exportFile(kind, onProgress) {
      // Main's progress reaches the page while this export runs, and not after.
      const listener = (_event: Electron.IpcRendererEvent, progress: ExportProgress): void => {
        if (progress.kind === kind) onProgress?.(progress)
      }
      ipcRenderer.on(EXPORT_PROGRESS_CHANNEL, listener)
      try {
        return (await ipcRenderer.invoke(EXPORT_CHANNEL, kind)) as Awaited<ReturnType<DesktopBridge['exportFile']>>
      } finally {
        ipcRenderer.off(EXPORT_PROGRESS_CHANNEL, listener)
      }
    }
  },
  registerLocation: {
    describe: () => invokeLocation('describe'),
    test: (settings) => invokeLocation('test', settings),
    moveToServer: (settings) => invokeLocation('moveToServer', settings),
    joinServer: (settings) => invokeLocation('joinServer', settings),
    moveToThisComputer: () => invokeLocation('moveToThisComputer')
  } satisfies RegisterLocationBridge,
  deskLanguage: {
    get: () => ipcRenderer.invoke(DESK_LANGUAGE_CHANNEL, 'get') as ReturnType<DeskLanguageBridge['get']>,
    set: (language) => ipcRenderer.invoke(DESK_LANGUAGE_CHANNEL, 'set', language) as ReturnType<DeskLanguageBridge['set']>
  }
}

/** Main checks the action and its settings; the page only names them. */
function invokeLocation<T>(...args: unknown[]): Promise<T> {
  return ipcRenderer.invoke(REGISTER_LOCATION_CHANNEL, ...args) as Promise<T>
}
contextBridge.exposeInMainWorld('clinic', clinic)
