/** Why a register (a file, or a database on the clinic's server) could not be opened; `message` tells the desk what to do. */
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
  /** A server address that cannot be read. */
  | 'bad_address'
  /** No server answered at the address. */
  | 'server_unreachable'
  /** The server refused the user, the password, or the rights the register needs. */
  | 'login_refused'
  /** The server has no database of that name. */
  | 'no_database'
  | 'server_too_old'
  /** A database holding another application's tables. */
  | 'not_a_register'
  /** The desk's note of where its register is cannot be read. */
  | 'bad_location'
  /** This computer cannot read the server password it keeps (or keep one safely). */
  | 'password_unavailable'

export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: DatabaseOpenFailure,
    message: string
  ) {
    super(message)
    this.name = 'DatabaseOpenError'
  }
}
