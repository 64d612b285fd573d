import type { ClinicApi } from './clinic-api'
import type { DeskLanguageBridge } from './desk-language'
import type { DesktopBridge } from './desktop-calls'
import type { MenuBridge } from './menu-commands'
import type { RegisterLocationBridge } from './register-location'

/** `window.clinic`: every call of the contract, the application menu's commands, the desktop's file actions, where the register is, and the desk's language. */
export type DeskApi = ClinicApi & { menu: MenuBridge; desktop: DesktopBridge; registerLocation: RegisterLocationBridge; deskLanguage: DeskLanguageBridge }
