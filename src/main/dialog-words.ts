// What main's own dialogs tell the person at the desk (start-up, failures, leaving unsaved
// changes): what happened and what to do, never a stack trace. English until the desk speaks
// the clinic's language (the translation of every screen, dialogs included, is one step).

export const DIALOG_WORDS = {
  cannotStartTitle: 'Aftercare Desk cannot start',
  unexpectedStart: (logFile: string) =>
    'Aftercare Desk could not start because of an unexpected problem. Nothing in the register was changed. ' +
    `Please try again; if it keeps happening, contact your IT support and give them the file ${logFile}.`,
  somethingWentWrongTitle: 'Something went wrong in Aftercare Desk',
  somethingWentWrong: (logFile: string) =>
    'Aftercare Desk hit an unexpected problem. Your saved work is safe: a change is either saved whole or not at all. ' +
    `If something on the screen looks wrong, close Aftercare Desk and start it again. For your IT support, the details are in ${logFile}.`,
  damagedTitle: 'The register is damaged',
  damaged: 'Aftercare Desk found damage in the register and will not write to it.',
  latestGoodBackup: (backup: { file: string; clients: number; treatments: number }) =>
    `The latest good backup is ${backup.file} (${backup.clients} clients, ${backup.treatments} treatments). ` +
    'Restoring it keeps the damaged register in the backups folder for your IT support. ' +
    'Anything entered after that backup was made is not in it.',
  noGoodBackup:
    'No good backup was found beside the register. Quit, and ask your IT support to restore one with "npm run -s admin -- restore --from FILE".',
  restoreButton: 'Restore the latest good backup',
  quitButton: 'Quit',
  restoreFailedTitle: 'The backup could not be restored',
  restoreFailed: (problem: string) => `${problem} The register was not changed. Please contact your IT support.`,
  serverTitle: "The clinic's server cannot be used",
  serverChoices:
    "This desk works on the register on the clinic's server. Try again once the server is back, or work on this computer's own register: " +
    'it holds the records as they were when the register moved to the server, so nothing saved at any desk since then is in it. ' +
    "To go back to the server later, choose it again in Settings → Register location.",
  badLocationChoices:
    "Work on this computer's own register instead? It holds the records as they were when the register moved to the server, if it ever did. " +
    "To go back to the server later, choose it again in Settings → Register location.",
  tryAgainButton: 'Try again',
  thisComputerButton: "Use this computer's register",
  leaveTitle: 'Leave without saving?',
  leave: 'What you typed on this form has not been saved yet.',
  leaveButton: 'Leave without saving',
  stayButton: 'Keep editing'
} as const
