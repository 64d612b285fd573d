/** The IPC channel for what only the desktop can do with a produced file: show, print, save. */
export const DESKTOP_CHANNEL = 'clinic:desktop'

export const DESKTOP_ACTIONS = ['preview', 'print', 'save'] as const

/** The register's own desktop actions: a backup to a chosen folder, a restore from a chosen file. */
export const REGISTER_CHANNEL = 'clinic:register-file'
export const REGISTER_ACTIONS = ['backup', 'restore'] as const
export type RegisterAction = (typeof REGISTER_ACTIONS)[number]
export type DesktopAction = (typeof DESKTOP_ACTIONS)[number]

/** A file the app made (a handout, a calendar, an export) and its name for saving. */
export interface DeskFile {
  fileName: string
  mimeType: 'application/pdf' | 'text/calendar' | 'text/csv' | 'application/json'
  bytes: Uint8Array
}

export type DesktopResult = { ok: true; savedTo?: string } | { ok: false; message: string }
