import type { ErrorCode } from '../../shared/contract/errors'

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
