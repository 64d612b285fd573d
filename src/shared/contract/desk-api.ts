import type { ClinicApi } from './clinic-api'
import type { DesktopBridge } from './desktop-calls'
import type { MenuBridge } from './menu-commands'

/** `window.clinic`: every call of the contract, the application menu's commands, and the desktop's file actions. */
export type DeskApi = ClinicApi & { menu: MenuBridge; desktop: DesktopBridge }
