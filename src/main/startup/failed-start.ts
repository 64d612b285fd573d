import { app, dialog } from 'electron'
import { DatabaseOpenError } from '../db/database-open-error'
import type { CrashLog } from './crash-log'
import { offerLatestGoodBackup } from './restore-offer'
import { DIALOG_WORDS } from '../dialog-words'

export interface FailedStartContext {
  registerFile: string
  log: CrashLog
  nativeBinding: string | undefined
}

/**
 * Every failure of start-up ends here, in a dialog that says what happened and what to do,
 * then the app ends. A register that is damaged or not a database gets the offer of the latest
 * good backup; nothing is ever written to it.
 */
export async function reportFailedStart(error: unknown, context: FailedStartContext): Promise<void> {
  context.log.write('start-up', error)
  try {
    if (error instanceof DatabaseOpenError && (error.reason === 'not_a_database' || error.reason === 'damaged')) {
      return await offerLatestGoodBackup({ registerFile: context.registerFile, problem: error.message, nativeBinding: context.nativeBinding })
    }
    const message = error instanceof DatabaseOpenError ? error.message : DIALOG_WORDS.unexpectedStart(context.log.file)
    dialog.showErrorBox(DIALOG_WORDS.cannotStartTitle, message)
  } catch (failure) {
    context.log.write('start-up report', failure)
    dialog.showErrorBox(DIALOG_WORDS.cannotStartTitle, DIALOG_WORDS.unexpectedStart(context.log.file))
  }
  app.exit(1)
}
