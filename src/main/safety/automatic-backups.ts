import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Sqlite from 'better-sqlite3'
import type { Actor } from '../audit/actor'
import type { AuditLog } from '../audit/audit-log'
import type { RegisterDatabase } from '../db/register-database'
import { backupFileName, backupsDir, listBackups, writeBackup, type BackupReason, type BackupFile } from './backup-files'

const DAILY_KEPT = 14
const MONTHLY_KEPT = 12

/** Makes an automatic backup of the register into its backups folder on this computer, then prunes the old ones. */
export function automaticBackup(database: RegisterDatabase, reason: BackupReason, now: Date = new Date()): Promise<string> {
  return keepBackup(database.backupsDir, reason, now, (destination) => database.writeBackup(destination))
}

/**
 * The first start of each day backs the register up: on the clinic's server, one desk only.
 * The desk that holds the register's daily-backup lock makes it, unless a backup of today is
 * in its own folder or the audit log says another desk made today's; the audit log then
 * names this desk, so the owner knows where today's backup is.
 */
export async function dailyBackupIfDue(database: RegisterDatabase, audit: AuditLog, actor: Actor, now: Date = new Date()): Promise<string | undefined> {
  return database.asTheOnlyDesk('daily-backup', async () => {
    const today = now.toISOString().slice(0, 10)
    if (listBackups(database.backupsDir).some((backup) => backup.day === today)) return undefined
    const backupsOfToday = await audit.list({ action: 'backup', since: today, limit: 500 })
    if (backupsOfToday.some((entry) => entry.at.startsWith(today) && entry.details.reason === 'daily')) return undefined
    const made = await automaticBackup(database, 'daily', now)
    await audit.record(actor, { action: 'backup', subjectType: 'register', details: { reason: 'daily' } })
    return made
  })
}

export function backUpBeforeMigrating(sqlite: Sqlite.Database, registerFile: string): Promise<string> {
  return keepBackup(backupsDir(registerFile), 'before-migration', new Date(), (destination) => writeBackup(sqlite, destination))
}

async function keepBackup(dir: string, reason: BackupReason, now: Date, write: (destination: string) => Promise<void>): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const destination = join(dir, backupFileName(reason, now))
  await write(destination)
  for (const old of backupsToRemove(listBackups(dir))) rmSync(old.path, { force: true })
  return destination
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
