import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Sqlite from 'better-sqlite3'
import { AppError } from '../api/app-error'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'
import { words, wordsIn } from '@shared/words/words'
import '../words/every-language'

/** Automatic backups live in a folder beside the register. */
export function backupsDir(registerFile: string): string {
  return join(dirname(registerFile), 'backups')
}

export type BackupReason = 'daily' | 'before-migration' | 'before-restore' | 'manual'

/** "2026-11-29T093000", as fileTimeStamp writes it: the part of a backup's name the code reads. */
const STAMP = String.raw`(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})`
const AUTOMATIC_NAME = new RegExp(`^register-${STAMP}-(daily|before-migration|before-restore)\\.sqlite3$`)

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A backup made by hand is named in the desk's language ("registro-2026-11-29T093000-copia-manual"):
 * the desk may save it among the automatic ones, which lists it, keeps it by the same rules and
 * restores it after damage, so its name is recognised in every language the desk speaks. English's
 * is the name every earlier version gave it.
 */
const MANUAL_NAMES = HANDOUT_LANGUAGES.map(
  (language) => new RegExp(`^${escapeForRegExp(wordsIn(language, 'backup.fileName.manual')).replace('\\{stamp\\}', STAMP)}\\.sqlite3$`)
)

/** "register-2026-11-29T093000-daily.sqlite3": says when (UTC) and why it was made. */
export function backupFileName(reason: BackupReason, at: Date): string {
  if (reason === 'manual') return `${words('backup.fileName.manual', { stamp: fileTimeStamp(at) })}.sqlite3`
  return `register-${fileTimeStamp(at)}-${reason}.sqlite3`
}

/** When a backup was made and why, read from its name; undefined for any other file. */
function readBackupName(name: string): { day: string; time: [string, string, string]; reason: BackupReason } | undefined {
  const automatic = AUTOMATIC_NAME.exec(name)
  const [, day, hours, minutes, seconds, reason] = automatic ?? MANUAL_NAMES.map((pattern) => pattern.exec(name)).find(Boolean) ?? []
  if (!day || !hours || !minutes || !seconds) return undefined
  return { day, time: [hours, minutes, seconds], reason: (reason as BackupReason | undefined) ?? 'manual' }
}

/** "2026-11-29T093000": an instant (UTC) as a file name may hold it, sorting by time. */
export function fileTimeStamp(at: Date): string {
  return at.toISOString().slice(0, 19).replace(/:/g, '')
}

export interface BackupFile {
  path: string
  /** The UTC day it was made, YYYY-MM-DD. */
  day: string
  /** The instant it was made, ISO (UTC). */
  takenAt: string
  reason: BackupReason
}

/** The automatic backups in a folder (and any made by hand there), newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .flatMap((name) => {
      const read = readBackupName(name)
      if (!read) return []
      const [hours, minutes, seconds] = read.time
      return [{ path: join(dir, name), day: read.day, takenAt: `${read.day}T${hours}:${minutes}:${seconds}Z`, reason: read.reason }]
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt))
}

/**
 * Copies a live register with SQLite's online backup, which is consistent even while the
 * app writes. The copy is written aside and renamed, so a half-written backup never exists.
 */
export function writeBackup(sqlite: Sqlite.Database, destination: string): Promise<void> {
  return writeBackupAside(destination, async (partial) => {
    const { totalPages } = await sqlite.backup(partial)
    // A backup SQLite could not start (the connection was mid-transaction) ends "done" with no file.
    if (totalPages === 0 || !existsSync(partial)) throw new AppError('database_busy', words('backup.busy'))
  })
}

/** Has `write` make a backup at a name beside `destination`, then renames it there; a failed one leaves nothing. */
export async function writeBackupAside(destination: string, write: (partial: string) => Promise<void>): Promise<void> {
  const partial = `${destination}.partial`
  if (!existsSync(dirname(destination))) {
    throw new AppError('file_unavailable', words('backup.folderGone'))
  }
  try {
    await write(partial)
    renameSync(partial, destination)
  } catch (error) {
    for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true })
    throw error
  }
}
