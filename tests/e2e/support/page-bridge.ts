// Bundled into the page before the app loads: `window.clinic` exactly as the preload builds
// it, but over a function Playwright exposes instead of Electron IPC, and with a menu that
// tests "click" through `window.__deskMenu` instead of main's webContents.send.
import { buildClinicApi } from '../../../src/shared/contract/clinic-api'
import type { CallName } from '../../../src/shared/contract/call-names'
import type { CallResult } from '../../../src/shared/contract/errors'
import type { DeskApi, MenuCommand } from '../../../src/preload/desk-api'

declare global {
  interface Window {
    clinic: DeskApi
    __clinicLoopback(name: CallName, input: unknown): Promise<CallResult<unknown>>
    __deskMenu(command: MenuCommand): void
  }
}

const menuListeners = new Set<(command: MenuCommand) => void>()

window.clinic = {
  ...buildClinicApi((name, input) => window.__clinicLoopback(name, input)),
  menu: {
    onCommand(callback) {
      menuListeners.add(callback)
      return () => menuListeners.delete(callback)
    }
  }
}
window.__deskMenu = (command) => menuListeners.forEach((listener) => listener(command))
