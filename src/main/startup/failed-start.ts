import { app, dialog } from 'electron'
import { DatabaseOpenError } from '../db/database-open-error'
import { readRegisterLocation } from '../register-location/location-file'
import { returnToThisComputer } from '../register-location/location-changes'
import type { CrashLog } from './crash-log'
import { offerLatestGoodBackup } from './restore-offer'
import { dialogWords } from '../dialog-words'

export interface FailedStartContext {
  userData: string
  registerFile: string
  log: CrashLog
  nativeBinding: string | undefined
}

/**
 * Every failure of start-up ends here, in a dialog that says what happened and what to do,
 * then the app ends. A register that is damaged or not a database gets the offer of the latest
 * good backup; nothing is ever written to it. A server that cannot be used gets the choice of
 * trying again or working on this computer's register.
 */
export async function reportFailedStart(error: unknown, context: FailedStartContext): Promise<void> {
  context.log.write('start-up', error)
  try {
    if (error instanceof DatabaseOpenError && (error.reason === 'not_a_database' || error.reason === 'damaged')) {
      return await offerLatestGoodBackup({ registerFile: context.registerFile, problem: error.message, nativeBinding: context.nativeBinding })
    }
    if (error instanceof DatabaseOpenError && onServer(context.userData, error)) return await offerServerChoices(error, context)
    const message = error instanceof DatabaseOpenError ? error.message : dialogWords().unexpectedStart(context.log.file)
    dialog.showErrorBox(dialogWords().cannotStartTitle, message)
  } catch (failure) {
    context.log.write('start-up report', failure)
    dialog.showErrorBox(dialogWords().cannotStartTitle, dialogWords().unexpectedStart(context.log.file))
  }
  app.exit(1)
}

/** Whether the register that failed is (or was meant to be) the clinic's server. */
function onServer(userData: string, error: DatabaseOpenError): boolean {
  if (error.reason === 'bad_location') return true
  try {
    return readRegisterLocation(userData).kind === 'server'
  } catch {
    return false
  }
}

async function offerServerChoices(error: DatabaseOpenError, context: FailedStartContext): Promise<void> {
  // An unreadable note of where the register is will not read better a second time.
  const canRetry = error.reason !== 'bad_location'
  const buttons = [...(canRetry ? [dialogWords().tryAgainButton] : []), dialogWords().thisComputerButton, dialogWords().quitButton]
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: dialogWords().serverTitle,
    message: error.message,
    detail: canRetry ? dialogWords().serverChoices : dialogWords().badLocationChoices,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true
  })
  const choice = buttons[response]
  if (choice === dialogWords().thisComputerButton) returnToThisComputer(context.userData, context.registerFile)
  if (choice !== dialogWords().quitButton) app.relaunch()
  app.exit(0)
}
