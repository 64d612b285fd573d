import type { CallError, ErrorCode } from '@shared/contract/errors'

/** A failure a handler reports on purpose, with a message for the desk. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', message)
  }
}

/** What the desk is told of a failure nobody foresaw: a bug, never an exception's text. */
export const UNEXPECTED_FAILURE: CallError = {
  code: 'unexpected',
  message: 'Something went wrong and nothing was changed. Please try again; if it keeps happening, contact your IT support.'
}
