import type { CallError, ErrorCode } from '@shared/contract/errors'
import { words } from '@shared/words/words'

/** A failure a handler reports on purpose, with a message for the desk, in its language when made (see @shared/words). */
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
export const unexpectedFailure = (): CallError => ({ code: 'unexpected', message: words('call.unexpected') })
