import type { ClinicApi } from './clinic-api'
import type { DesktopBridge } from './desktop-calls'
import type { MenuBridge } from './menu-commands'
import type { RegisterLocationBridge } from './register-location'

/** `window.clinic`: every call of the contract, the application menu's commands, the desktop's file actions, and where the register is. */
export type DeskApi = ClinicApi & { menu: MenuBridge; desktop: DesktopBridge; registerLocation: RegisterLocationBridge }
