import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Sqlite from 'better-sqlite3'
import { AppError } from '../api/app-error'
import { words } from '@shared/words/words'

/** Automatic backups live in a folder beside the register. */
export function backupsDir(registerFile: string): string {
  return join(dirname(registerFile), 'backups')
}

export type BackupReason = 'daily' | 'before-migration' | 'before-restore' | 'manual'

const BACKUP_NAME = /^register-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})-(daily|before-migration|before-restore|manual)\.sqlite3$/

/** "register-2026-11-29T093000-daily.sqlite3": sorts by time, says why it was made. */
export function backupFileName(reason: BackupReason, at: Date): string {
  return `register-${fileTimeStamp(at)}-${reason}.sqlite3`
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

/** The automatic backups in a folder, newest first. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .map((name) => ({ name, match: BACKUP_NAME.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ name, match }) => {
      const [, day, hours, minutes, seconds, reason] = match as unknown as [string, string, string, string, string, BackupReason]
      return { path: join(dir, name), day, takenAt: `${day}T${hours}:${minutes}:${seconds}Z`, reason }
    })
    .sort((a, b) => basename(b.path).localeCompare(basename(a.path)))
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
