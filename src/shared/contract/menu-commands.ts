/** The channel main sends the application menu's commands on, to the page. */
export const MENU_COMMAND_CHANNEL = 'menu:command'

const MENU_COMMANDS = ['new-client', 'find-client', 'lock-desk'] as const

/** What the application menu asks the page to do. */
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value)
}

export interface MenuBridge {
  /** Calls back on every menu command; returns a function that stops listening. */
  onCommand(callback: (command: MenuCommand) => void): () => void
}
