import { words } from '@shared/words/words'

/**
 * What main's own dialogs tell the person at the desk (start-up, failures, leaving unsaved
 * changes): what happened and what to do, never a stack trace. Asked for when a dialog opens,
 * so it is in the desk's language of that moment (the words are in @shared/words).
 */
export const dialogWords = () => ({
  cannotStartTitle: words('dialog.cannotStartTitle'),
  unexpectedStart: (logFile: string) => words('dialog.unexpectedStart', { logFile }),
  somethingWentWrongTitle: words('dialog.somethingWentWrongTitle'),
  somethingWentWrong: (logFile: string) => words('dialog.somethingWentWrong', { logFile }),
  damagedTitle: words('dialog.damagedTitle'),
  damaged: words('dialog.damaged'),
  latestGoodBackup: (backup: { file: string; clients: number; treatments: number }) => words('dialog.latestGoodBackup', backup),
  noGoodBackup: words('dialog.noGoodBackup'),
  restoreButton: words('dialog.restoreButton'),
  quitButton: words('dialog.quitButton'),
  restoreFailedTitle: words('dialog.restoreFailedTitle'),
  restoreFailed: (problem: string) => words('dialog.restoreFailed', { problem }),
  serverTitle: words('dialog.serverTitle'),
  serverChoices: words('dialog.serverChoices'),
  badLocationChoices: words('dialog.badLocationChoices'),
  tryAgainButton: words('dialog.tryAgainButton'),
  thisComputerButton: words('dialog.thisComputerButton'),
  leaveTitle: words('dialog.leaveTitle'),
  leave: words('dialog.leave'),
  leaveButton: words('dialog.leaveButton'),
  stayButton: words('dialog.stayButton')
})
