/** Why a register file could not be opened; `message` tells the desk what to do. */
export type DatabaseOpenFailure = 'newer_version' | 'unknown_history' | 'not_a_database' | 'cannot_open'

export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenFailure,
    message: string
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}
