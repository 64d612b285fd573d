/** Typed failures every call can return; `message` is written for the person at the desk. */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'database_busy',
  'database_unavailable',
  /** The register (the clinic's server) cannot be reached, and nothing was saved: the same call may safely be made again. */
  'unreachable',
  /** A file the desk chose could not be written (a folder it may not write, a full disk, a stick pulled out). */
  'file_unavailable',
  'forbidden',
  /** Nobody is signed in at this desk (it locked itself, or the person was made inactive), or nobody has set the clinic up yet: nothing was done. */
  'signed_out',
  /** Another desk saved the same record since this desk loaded it; nothing was saved. */
  'conflict',
  'unexpected'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface CallError {
  code: ErrorCode
  message: string
  /** For invalid input: one message per field, keyed by its path ("zones.1.depthMm"). */
  fields?: Record<string, string>
}

export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError }
