import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Sqlite from 'better-sqlite3'
import { backupFileName, backupsDir, listBackups, writeBackup, type BackupReason, type BackupFile } from './backup-files'

const DAILY_KEPT = 14
const MONTHLY_KEPT = 12

/** Makes an automatic backup beside the register, then prunes the old ones. */
export async function automaticBackup(
  sqlite: Sqlite.Database,
  registerFile: string,
  reason: BackupReason,
  now: Date = new Date()
): Promise<string> {
  const dir = backupsDir(registerFile)
  mkdirSync(dir, { recursive: true })
  const destination = join(dir, backupFileName(reason, now))
  await writeBackup(sqlite, destination)
  for (const old of backupsToRemove(listBackups(dir))) rmSync(old.path, { force: true })
  return destination
}

/** The first start of each day backs the register up. */
export async function dailyBackupIfDue(sqlite: Sqlite.Database, registerFile: string, now: Date = new Date()): Promise<string | undefined> {
  const today = now.toISOString().slice(0, 10)
  if (listBackups(backupsDir(registerFile)).some((backup) => backup.day === today)) return undefined
  return automaticBackup(sqlite, registerFile, 'daily', now)
}

export function backUpBeforeMigrating(sqlite: Sqlite.Database, registerFile: string): Promise<string> {
  return automaticBackup(sqlite, registerFile, 'before-migration')
}

/**
 * Keeps the newest backup of each of the last 14 days that have one, and the newest of each
 * of the last 12 months; everything else goes. `backups` is newest first.
 */
export function backupsToRemove(backups: BackupFile[]): BackupFile[] {
  const keep = new Set<string>()
  const days = new Set<string>()
  const months = new Set<string>()
  for (const backup of backups) {
    if (!days.has(backup.day) && days.size < DAILY_KEPT) {
      days.add(backup.day)
      keep.add(backup.path)
    }
    const month = backup.day.slice(0, 7)
    if (!months.has(month) && months.size < MONTHLY_KEPT) {
      months.add(month)
      keep.add(backup.path)
    }
  }
  return backups.filter((backup) => !keep.has(backup.path))
}
