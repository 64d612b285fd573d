import type { ClinicApi } from '../shared/contract/clinic-api'

/** What the application menu asks the page to do. */
export type MenuCommand = 'new-client' | 'find-client'

export interface MenuBridge {
  /** Calls back on every menu command; returns a function that stops listening. */
  onCommand(callback: (command: MenuCommand) => void): () => void
}

/** `window.clinic`: every call of the contract, plus the application menu's commands. */
export type DeskApi = ClinicApi & { menu: MenuBridge }
