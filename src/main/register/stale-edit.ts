import { AppError } from '../api/app-error'

/** An edit made over a version of the client that another desk has since replaced. */
export class StaleClientError extends Error {
  constructor(
    readonly clientId: string,
    readonly currentVersion: number
  ) {
    super(`Client ${clientId} was saved elsewhere (now version ${currentVersion}).`)
    this.name = 'StaleClientError'
  }
}

/** Who saved the client last, and when, as the audit log has it. */
export interface LastChange {
  actor: string
  at: string
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The desk's answer to a stale edit: who changed the client meanwhile and when, that nothing
 * was saved, and that what was typed is still there to compare.
 */
export function staleEditRefused(last: LastChange | undefined): AppError {
  const who = last ? `Changed at another desk by ${last.actor} at ${WHEN.format(new Date(last.at))}.` : 'Changed at another desk meanwhile.'
  return new AppError(
    'conflict',
    `${who} Nothing was saved: your changes are still in the form. Compare them with the details saved there, then save again.`
  )
}
