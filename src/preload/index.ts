import { contextBridge, ipcRenderer } from 'electron'
import { CLINIC_CHANNEL } from '@shared/contract/call-names'
import { buildClinicApi } from '@shared/contract/clinic-api'
import type { DeskApi } from '@shared/contract/desk-api'
import { DESKTOP_CHANNEL, REGISTER_FILE_CHANNEL, type DesktopResult } from '@shared/contract/desktop-calls'
import type { CallResult } from '@shared/contract/errors'
import { isMenuCommand, MENU_COMMAND_CHANNEL } from '@shared/contract/menu-commands'

// The page gets `window.clinic` and nothing else: one method per call of the contract,
// a way to hear the application menu, and the desktop's show, print and save for produced files.
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
    restoreFromBackup: () => ipcRenderer.invoke(REGISTER_FILE_CHANNEL, 'restore') as Promise<DesktopResult>
  }
}
contextBridge.exposeInMainWorld('clinic', clinic)
