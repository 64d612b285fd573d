import type { MenuCommand } from './desk-api'

/**
 * The channel main sends menu commands on. Main and the preload both need it; it lives
 * here, beside the bridge that listens to it, until the contract in src/shared takes it.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command'

const MENU_COMMANDS: readonly MenuCommand[] = ['new-client', 'find-client']

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value)
}
