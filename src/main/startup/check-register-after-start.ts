import type { BrowserWindow } from 'electron'
import type { Actor } from '../audit/actor'
import type { AuditLog } from '../audit/audit-log'
import type { EngineRegisterDatabase } from '../db/register-database'
import { dailyBackupIfDue } from '../safety/automatic-backups'
import { quickCheckProblems } from '../safety/register-inspection'
import { offerLatestGoodBackup } from './restore-offer'
import { dialogWords } from '../dialog-words'

export interface OpenedRegister {
  database: EngineRegisterDatabase
  audit: AuditLog
  actor: Actor
  window: BrowserWindow
  nativeBinding: string | undefined
}

/**
 * After the window is up: check the register, and only if it is sound make the day's backup
 * (a damaged register must never push good backups out). A damaged register file is not
 * written to: the desk is offered the latest good backup, or to quit. A register on the
 * clinic's server is checked by the server itself, page by page.
 */
export async function checkRegisterAfterStart({ database, audit, actor, window, nativeBinding }: OpenedRegister): Promise<void> {
  if (database.engine === 'postgres' || quickCheckProblems(database.sqlite).length === 0) {
    try {
      await dailyBackupIfDue(database, audit, actor)
    } catch (error) {
      // A server that went away a moment after the start, say: the next start makes the day's backup.
      console.error('The daily backup could not be made:', error)
    }
    return
  }
  await offerLatestGoodBackup({
    registerFile: database.file,
    problem: dialogWords().damaged,
    nativeBinding,
    parent: window,
    closeRegister: () => database.close()
  })
}
