import { statSync } from 'node:fs'
import { basename } from 'node:path'
import type { BackupOverview } from '@shared/safety/backup-overview'
import { listBackups } from './backup-files'

/** What the desk is told about the automatic backups: where they are, when each was made, how big. */
export function backupOverview(folder: string): BackupOverview {
  return {
    folder,
    backups: listBackups(folder).map((backup) => ({
      fileName: basename(backup.path),
      takenAt: backup.takenAt,
      reason: backup.reason,
      bytes: statSync(backup.path).size
    }))
  }
}
