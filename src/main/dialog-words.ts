import { words } from '@shared/words/words'

// What main's own dialogs tell the person at the desk (start-up, failures, leaving unsaved
// changes): what happened and what to do, never a stack trace. Each is said in the desk's
// language when the dialog opens (the words are in @shared/words).

export const DIALOG_WORDS = {
  get cannotStartTitle() {
    return words('dialog.cannotStartTitle')
  },
  unexpectedStart: (logFile: string) => words('dialog.unexpectedStart', { logFile }),
  get somethingWentWrongTitle() {
    return words('dialog.somethingWentWrongTitle')
  },
  somethingWentWrong: (logFile: string) => words('dialog.somethingWentWrong', { logFile }),
  get damagedTitle() {
    return words('dialog.damagedTitle')
  },
  get damaged() {
    return words('dialog.damaged')
  },
  latestGoodBackup: (backup: { file: string; clients: number; treatments: number }) => words('dialog.latestGoodBackup', backup),
  get noGoodBackup() {
    return words('dialog.noGoodBackup')
  },
  get restoreButton() {
    return words('dialog.restoreButton')
  },
  get quitButton() {
    return words('dialog.quitButton')
  },
  get restoreFailedTitle() {
    return words('dialog.restoreFailedTitle')
  },
  restoreFailed: (problem: string) => words('dialog.restoreFailed', { problem }),
  get serverTitle() {
    return words('dialog.serverTitle')
  },
  get serverChoices() {
    return words('dialog.serverChoices')
  },
  get badLocationChoices() {
    return words('dialog.badLocationChoices')
  },
  get tryAgainButton() {
    return words('dialog.tryAgainButton')
  },
  get thisComputerButton() {
    return words('dialog.thisComputerButton')
  },
  get leaveTitle() {
    return words('dialog.leaveTitle')
  },
  get leave() {
    return words('dialog.leave')
  },
  get leaveButton() {
    return words('dialog.leaveButton')
  },
  get stayButton() {
    return words('dialog.stayButton')
  }
}
