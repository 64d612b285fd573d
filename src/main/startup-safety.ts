import { app, dialog, type BrowserWindow } from 'electron'
import type { RegisterDatabase } from './db/connection'
import { dailyBackupIfDue } from './safety/automatic-backups'
import { latestGoodBackup } from './safety/latest-good-backup'
import { quickCheckProblems } from './safety/register-inspection'
import { restoreRegister } from './safety/restore'

/**
 * After the window is up: check the register, and only if it is sound make the day's backup
 * (a damaged register must never push good backups out). A damaged register is not written
 * to: the desk is offered the latest good backup, or to quit.
 */
export async function checkRegisterAfterStart(
  database: RegisterDatabase,
  window: BrowserWindow,
  nativeBinding: string | undefined
): Promise<void> {
  const problems = quickCheckProblems(database.sqlite)
  if (problems.length === 0) {
    await database.exclusive(() => dailyBackupIfDue(database.sqlite, database.file))
    return
  }
  const backup = latestGoodBackup(database.file, { nativeBinding })
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'The register is damaged',
    message: 'Aftercare Desk found damage in the register and will not write to it.',
    detail: backup
      ? `The latest good backup is ${backup.file} (${backup.clients} clients, ${backup.treatments} treatments). Restoring it keeps the damaged register in the backups folder for your IT support.`
      : 'No good backup was found beside the register. Quit, and ask your IT support to restore one with "npm run -s admin -- restore --from FILE".',
    buttons: backup ? ['Restore the latest good backup', 'Quit'] : ['Quit'],
    defaultId: 0,
    cancelId: backup ? 1 : 0,
    noLink: true
  })
  if (backup && response === 0) {
    await database.close()
    await restoreRegister(database.file, backup.file, { nativeBinding })
    app.relaunch()
  }
  app.exit(0)
}
