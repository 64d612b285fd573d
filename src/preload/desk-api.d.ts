import type { ClinicApi } from '../shared/contract/clinic-api'
import type { DeskFile, DesktopResult } from './desktop-channel'

/** What the application menu asks the page to do. */
export type MenuCommand = 'new-client' | 'find-client'

export interface MenuBridge {
  /** Calls back on every menu command; returns a function that stops listening. */
  onCommand(callback: (command: MenuCommand) => void): () => void
}

export interface DesktopBridge {
  /** Shows a PDF in a window of the app, with the viewer's own print and zoom. */
  preview(file: DeskFile): Promise<DesktopResult>
  /** Opens the system print dialog for a PDF. */
  print(file: DeskFile): Promise<DesktopResult>
  /** Asks where to save, then saves; `savedTo` is empty when the desk cancelled. */
  save(file: DeskFile): Promise<DesktopResult>
  /** Asks for a folder (a USB stick, say) and writes a backup of the register there. */
  backUpNow(): Promise<DesktopResult>
  /** Asks for a backup file, checks it, and restores it; the app then restarts on it. */
  restoreFromBackup(): Promise<DesktopResult>
}

/** `window.clinic`: every call of the contract, the application menu's commands, and desktop file actions. */
export type DeskApi = ClinicApi & { menu: MenuBridge; desktop: DesktopBridge }
