/** Why a register file could not be opened; `message` tells the desk what to do. */
export type DatabaseOpenFailure =
  | 'newer_version'
  | 'unknown_history'
  /** Not a database at all: a file copied in by mistake, or a header overwritten by a disk error. */
  | 'not_a_database'
  /** A database SQLite finds damaged, or a register cut short. */
  | 'damaged'
  | 'cannot_open'
  /** Another program holds the register's lock. */
  | 'busy'

export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenFailure,
    message: string
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}
