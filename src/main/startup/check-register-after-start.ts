import type { BrowserWindow } from 'electron'
import type { SqliteRegisterDatabase } from '../db/register-database'
import { dailyBackupIfDue } from '../safety/automatic-backups'
import { quickCheckProblems } from '../safety/register-inspection'
import { offerLatestGoodBackup } from './restore-offer'
import { DIALOG_WORDS } from '../dialog-words'

/**
 * After the window is up: check the register, and only if it is sound make the day's backup
 * (a damaged register must never push good backups out). A damaged register is not written
 * to: the desk is offered the latest good backup, or to quit.
 */
export async function checkRegisterAfterStart(
  database: SqliteRegisterDatabase,
  window: BrowserWindow,
  nativeBinding: string | undefined
): Promise<void> {
  if (quickCheckProblems(database.sqlite).length === 0) {
    await database.exclusive(() => dailyBackupIfDue(database.sqlite, database.file))
    return
  }
  await offerLatestGoodBackup({
    registerFile: database.file,
    problem: DIALOG_WORDS.damaged,
    nativeBinding,
    parent: window,
    closeRegister: () => database.close()
  })
}
