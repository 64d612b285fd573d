import type { z } from 'zod'
import { isCallName } from '../../shared/contract/call-names'
import { callInputs } from '../../shared/contract/calls'
import type { CallError, CallResult } from '../../shared/contract/errors'
import { isSqliteError } from '../db/connection'
import { AppError } from './app-error'
import type { HandlerTable } from './handler-table'

/**
 * Runs one call: checks the name, parses the input with the shared schema, runs the
 * handler, and turns every failure into a typed error. Never throws.
 */
export async function dispatch(table: HandlerTable, name: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return failure({ code: 'forbidden', message: 'The app asked for something it is not allowed to do.' })
  }
  const parsed = callInputs[name].safeParse(input ?? {})
  if (!parsed.success) return failure(invalidInput(parsed.error))
  try {
    const handler = table[name] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    return failure(toCallError(error))
  }
}

function failure(error: CallError): CallResult<never> {
  return { ok: false, error }
}

/** One message per field, and all of them together on one line. */
export function invalidInput(error: z.ZodError): CallError {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'input'
    fields[path] ??= issue.message
  }
  const message = [...new Set(Object.values(fields))].join(' ')
  return { code: 'invalid_input', message, fields }
}

function toCallError(error: unknown): CallError {
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
  }
  if (isSqliteError(error, 'SQLITE_BUSY') || isSqliteError(error, 'SQLITE_LOCKED')) {
    return {
      code: 'database_busy',
      message: 'The register is busy in another program. Nothing was changed; please try again in a moment.'
    }
  }
  if (isSqliteError(error, 'SQLITE_FULL')) {
    return {
      code: 'database_unavailable',
      message: 'The disk is full, so nothing was saved. Free some space, then try again.'
    }
  }
  if (isSqliteError(error, 'SQLITE_READONLY') || isSqliteError(error, 'SQLITE_CANTOPEN') || isSqliteError(error, 'SQLITE_IOERR')) {
    return {
      code: 'database_unavailable',
      message: 'The register could not be written to, so nothing was saved. Check the disk and its permissions, then try again.'
    }
  }
  console.error('Unexpected failure in a call:', error)
  return {
    code: 'unexpected',
    message: 'Something went wrong and nothing was changed. Please try again; if it keeps happening, contact your IT support.'
  }
}
