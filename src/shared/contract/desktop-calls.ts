import type { CallResult } from './errors'

// What only the desktop can do, on channels of their own but with the same result envelope
// and error codes as every call: show, print or save a file the app made, back the register
// up to a folder the desk chooses or restore it from a backup file, and export it as workbooks or CSV files.

export const DESKTOP_CHANNEL = 'clinic:desktop'
export const DESKTOP_ACTIONS = ['preview', 'print', 'save'] as const
export type DesktopAction = (typeof DESKTOP_ACTIONS)[number]

export const REGISTER_FILE_CHANNEL = 'clinic:register-file'
export const REGISTER_FILE_ACTIONS = ['backup', 'restore'] as const
export type RegisterFileAction = (typeof REGISTER_FILE_ACTIONS)[number]

export const EXPORT_CHANNEL = 'clinic:export'
/** Main to the window, while an export is written: how far it has got. */
export const EXPORT_PROGRESS_CHANNEL = 'clinic:export-progress'
export const EXPORT_KINDS = ['clients', 'treatments'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export interface ExportProgress {
  kind: ExportKind
  rows: number
  total: number
}

/** Where the export went and how many rows it has; nothing when the desk cancelled the dialog. */
export interface ExportOutcome {
  savedTo?: string
  rows?: number
}

/** A file the app made (a handout, a calendar, an export) and its name for saving. */
export interface DeskFile {
  fileName: string
  mimeType: 'application/pdf' | 'text/calendar' | 'text/csv' | 'application/json'
  bytes: Uint8Array
}

/** Where the file went; no `savedTo` when nothing was saved (shown, printed, or the desk cancelled the dialog). */
export interface DeskFileOutcome {
  savedTo?: string
}

export type DesktopResult = CallResult<DeskFileOutcome>

export interface DesktopBridge {
  /** Shows a PDF in a window of the app, with the viewer's own print and zoom. */
  preview(file: DeskFile): Promise<DesktopResult>
  /** Opens the system print dialog for a PDF. */
  print(file: DeskFile): Promise<DesktopResult>
  /** Asks where to save, then saves. */
  save(file: DeskFile): Promise<DesktopResult>
  /** Asks for a folder (a USB stick, say) and writes a backup of the register there. */
  backUpNow(): Promise<DesktopResult>
  /** Asks for a backup file, checks it, and restores it; the app then restarts on it. */
  restoreFromBackup(): Promise<DesktopResult>
  /**
   * Asks where to save, then writes every client or every treatment there, as an Excel
   * workbook or a CSV file by the extension the desk chose, straight from the register (the
   * file never passes through the window), telling `onProgress` how far it has got.
   */
  exportFile(kind: ExportKind, onProgress?: (progress: ExportProgress) => void): Promise<CallResult<ExportOutcome>>
}
