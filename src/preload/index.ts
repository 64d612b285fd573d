import { contextBridge, ipcRenderer } from 'electron'
import { CLINIC_CHANNEL } from '../shared/contract/call-names'
import { buildClinicApi } from '../shared/contract/clinic-api'
import type { CallResult } from '../shared/contract/errors'
import type { DeskApi } from './desk-api'
import { isMenuCommand, MENU_COMMAND_CHANNEL } from './menu-channel'

// The page gets `window.clinic` and nothing else: one method per call of the contract,
// and a way to hear the application menu.
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
  }
}
contextBridge.exposeInMainWorld('clinic', clinic)
