import { deskRegion } from '@shared/desk-language/desk-region'
import { words } from '@shared/words/words'
import { wordsLanguage } from '@shared/words/words-language'
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

/**
 * The desk's answer to a stale edit, in its language: who changed the client meanwhile and
 * when, that nothing was saved, and that what was typed is still there to compare.
 */
export function staleEditRefused(last: LastChange | undefined): AppError {
  const when = (at: string): string =>
    new Intl.DateTimeFormat(deskRegion(wordsLanguage(), undefined), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at))
  const who = last ? words('register.staleEdit.by', { actor: last.actor, when: when(last.at) }) : words('register.staleEdit.meanwhile')
  return new AppError('conflict', `${who} ${words('register.staleEdit.nothingSaved')}`)
}
