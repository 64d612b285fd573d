/** Keyboard shortcuts: how they are written on buttons, and whether a key press is one. */

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform)

export interface Shortcut {
  /** Ctrl on Windows and Linux, Cmd on a Mac. */
  modifier: 'command' | 'alt'
  /** The letter, as printed on the key. */
  key: string
}

export function shortcutLabel({ modifier, key }: Shortcut): string {
  if (IS_MAC) return `${modifier === 'command' ? '⌘' : '⌥'}${key.toUpperCase()}`
  return `${modifier === 'command' ? 'Ctrl' : 'Alt'}+${key.toUpperCase()}`
}

export function isShortcut(event: KeyboardEvent, { modifier, key }: Shortcut): boolean {
  if (event.shiftKey) return false
  const commandDown = IS_MAC ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
  const modifierMatches = modifier === 'command' ? commandDown && !event.altKey : event.altKey && !event.ctrlKey && !event.metaKey
  // Option+letter types a symbol on a Mac, so the physical key is compared as well.
  return modifierMatches && (event.key.toLowerCase() === key || event.code === `Key${key.toUpperCase()}`)
}

export const SHORTCUTS = {
  newClient: { modifier: 'command', key: 'n' },
  findClient: { modifier: 'command', key: 'f' },
  lockDesk: { modifier: 'command', key: 'l' },
  addZone: { modifier: 'alt', key: 'z' }
} as const satisfies Record<string, Shortcut>
