import type { z } from 'zod'
import { isCallName } from '@shared/contract/call-names'
import { callInputs } from '@shared/contract/calls'
import { CALL_ACCESS } from '@shared/staff/call-access'
import type { CallError, CallResult } from '@shared/contract/errors'
import { serverProblem } from '../db/postgres/server-failures'
import { sqliteProblem } from '../db/sqlite-failures'
import { AppError, unexpectedFailure } from './app-error'
import type { Actor } from '../audit/actor'
import type { HandlerTable } from './handler-table'
import { unstorableText } from './unstorable-text'
import { words } from '@shared/words/words'
// Every language's words, before any call says them.
import '../words/every-language'

/**
 * Runs one call: checks the name, asks the session whether the person at the desk may make
 * it (before reading the input: a call refused says nothing of what it would take), parses
 * the input with the shared schema, runs the handler, and turns every failure into a typed
 * error. Never throws, whatever it is given: tests/integration/hostile-input.test.ts throws
 * random and hostile input at every call.
 */
export async function dispatch(table: HandlerTable, name: unknown, input: unknown): Promise<CallResult<unknown>> {
  if (!isCallName(name)) {
    return failure({ code: 'forbidden', message: words('call.notAllowed') })
  }
  let actor: Actor
  try {
    actor = await table.session.permit(CALL_ACCESS[name])
  } catch (error) {
    return failure(toCallError(error))
  }
  let parsed: ReturnType<(typeof callInputs)[typeof name]['safeParse']>
  try {
    const unstorable = unstorableText(input)
    if (unstorable) return failure(unstorable)
    parsed = callInputs[name].safeParse(input ?? {})
    if (!parsed.success) return failure(invalidInput(parsed.error))
  } catch {
    // Only a caller in this process can get here (IPC delivers plain copies): input whose
    // reading throws, such as a getter or a proxy that throws, while parsing or describing it.
    return failure({ code: 'invalid_input', message: words('call.unreadable') })
  }
  try {
    const handler = table[name] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await table.session.actingAs(actor, () => handler(parsed.data)) }
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

/** Any failure as a typed error for the desk: an exception's own text never reaches the page. */
export function toCallError(error: unknown): CallError {
  try {
    if (error instanceof AppError) {
      return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) }
    }
    const problem = sqliteProblem(error) ?? serverProblem(error)
    if (problem) return problem
    console.error('Unexpected failure in a call:', error)
  } catch {
    // A thrown value that throws again when looked at: still an answer, not a crash.
  }
  return unexpectedFailure()
}
