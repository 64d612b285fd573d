import type { z } from 'zod'
import { isCallName } from '@shared/contract/call-names'
import { callInputs } from '@shared/contract/calls'
import type { CallError, CallResult } from '@shared/contract/errors'
import { isSqliteError } from '../db/connection'
import { AppError, UNEXPECTED_FAILURE } from './app-error'
import type { HandlerTable } from './handler-table'

/**
 * Runs one call: checks the name, parses the input with the shared schema, runs the
 * handler, and turns every failure into a typed error. Never throws, whatever it is given:
 * tests/integration/hostile-input.test.ts throws random and hostile input at every call.
 */
export async function dispatch(table: HandlerTable, name: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return failure({ code: 'forbidden', message: 'The app asked for something it is not allowed to do.' })
  }
  let parsed: ReturnType<(typeof callInputs)[typeof name]['safeParse']>
  try {
    parsed = callInputs[name].safeParse(input ?? {})
    if (!parsed.success) return failure(invalidInput(parsed.error))
  } catch {
    // Only a caller in this process can get here (IPC delivers plain copies): input whose
    // reading throws, such as a getter or a proxy that throws, while parsing or describing it.
    return failure({ code: 'invalid_input', message: 'The app sent something that could not be read. Nothing was changed.' })
  }
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
  try {
    if (error instanceof AppError) {
      return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
    }
    const problem = sqliteProblem(error)
    if (problem) return problem
    console.error('Unexpected failure in a call:', error)
  } catch {
    // A thrown value that throws again when looked at: still an answer, not a crash.
  }
  return UNEXPECTED_FAILURE
}

/**
 * What SQLite's own failures mean for the desk. Each leaves the transaction rolled back (by
 * SQLite itself or by Kysely), so "nothing was saved" is true of the change that failed.
 * tests/integration/faults.test.ts causes the busy, full, read-only and I/O cases for real.
 */
function sqliteProblem(error: unknown): CallError | undefined {
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
  if (isSqliteError(error, 'SQLITE_READONLY') || isSqliteError(error, 'SQLITE_PERM')) {
    return {
      code: 'database_unavailable',
      message:
        "The register is read-only on this computer, so nothing was saved. Ask your IT support to let your account change the register's folder, then restart Aftercare Desk."
    }
  }
  if (isSqliteError(error, 'SQLITE_IOERR') || isSqliteError(error, 'SQLITE_CANTOPEN') || rolledBackBySqlite(error)) {
    return {
      code: 'database_unavailable',
      message:
        'The register could not be written to the disk, so nothing was saved. The disk may be full, removed or failing: free some space or check the disk, then try again.'
    }
  }
  if (isSqliteError(error, 'SQLITE_CORRUPT') || isSqliteError(error, 'SQLITE_NOTADB')) {
    return {
      code: 'database_unavailable',
      message:
        'The register looks damaged, so nothing was saved. Close Aftercare Desk and ask your IT support to check it and restore the latest good backup.'
    }
  }
  return undefined
}

/**
 * After a disk failure (full, I/O error) inside a transaction SQLite rolls the transaction back
 * itself; Kysely then asks for a rollback too, and SQLite's "no transaction is active" replaces
 * the original error. It still means the change was undone because the disk failed.
 */
function rolledBackBySqlite(error: unknown): boolean {
  return isSqliteError(error, 'SQLITE_ERROR') && /cannot rollback - no transaction is active/.test((error as Error).message)
}
