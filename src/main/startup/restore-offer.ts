import { app, dialog, type BrowserWindow, type MessageBoxOptions } from 'electron'
import { latestGoodBackup } from '../safety/latest-good-backup'
import { RegisterFileProblem } from '../safety/register-inspection'
import { restoreRegister } from '../safety/restore'
import { dialogWords } from '../dialog-words'

export interface RestoreOfferContext {
  registerFile: string
  /** What is wrong with the register, in the desk's words. */
  problem: string
  nativeBinding: string | undefined
  /** The window to attach the question to, once there is one. */
  parent?: BrowserWindow
  /** Closes the register first, when it was opened. */
  closeRegister?: () => Promise<void>
}

/**
 * A damaged register is never written to. The desk is offered the latest good backup
 * (restoring keeps the damaged file in the backups folder), or to quit. Either way the app
 * ends here: it restarts on the restored register, or quits.
 */
export async function offerLatestGoodBackup(context: RestoreOfferContext): Promise<void> {
  const backup = latestGoodBackup(context.registerFile, { nativeBinding: context.nativeBinding })
  const options: MessageBoxOptions = {
    type: 'error',
    title: dialogWords().damagedTitle,
    message: context.problem,
    detail: backup ? dialogWords().latestGoodBackup(backup) : dialogWords().noGoodBackup,
    buttons: backup ? [dialogWords().restoreButton, dialogWords().quitButton] : [dialogWords().quitButton],
    defaultId: 0,
    cancelId: backup ? 1 : 0,
    noLink: true
  }
  const { response } = context.parent ? await dialog.showMessageBox(context.parent, options) : await dialog.showMessageBox(options)
  if (!backup || response !== 0) return app.exit(0)
  await context.closeRegister?.()
  try {
    await restoreRegister(context.registerFile, backup.file, { nativeBinding: context.nativeBinding })
  } catch (error) {
    const problem = error instanceof RegisterFileProblem ? error.message : ''
    dialog.showErrorBox(dialogWords().restoreFailedTitle, dialogWords().restoreFailed(problem).trim())
    return app.exit(1)
  }
  app.relaunch()
  app.exit(0)
}
