import type { ErrorCode } from '@shared/contract/errors'
import { AppError } from '../../api/app-error'

/**
 * An error as it crosses between threads. A structured clone keeps an Error's message but not
 * its class or own fields, so an AppError's code (what the desk is told) is carried by hand.
 */
export interface ThreadError {
  name: string
  message: string
  stack?: string
  code?: ErrorCode
  fields?: Record<string, string>
}

/** What a worker sends back for a job that threw. */
export function errorToThread(error: unknown): ThreadError {
  if (error instanceof AppError) {
    return { name: error.name, message: error.message, stack: error.stack, code: error.code, ...(error.fields && { fields: error.fields }) }
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: 'Error', message: String(error) }
}

/** The error the job's caller is given: an AppError again when it was one, with the worker's stack. */
export function errorFromThread(sent: ThreadError): Error {
  const error = sent.code ? new AppError(sent.code, sent.message, sent.fields) : new Error(sent.message)
  if (!sent.code) error.name = sent.name
  if (sent.stack) error.stack = sent.stack
  return error
}
