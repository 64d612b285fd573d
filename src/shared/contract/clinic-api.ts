import { CALL_NAMES, type CallName } from './call-names'
import type { CallError, CallResult } from './errors'
import type { CallInput, CallOutput } from './calls'

/** Splits "clients.create" into its group and method. */
type GroupOf<N> = N extends `${infer G}.${string}` ? G : never
type MethodOf<N, G extends string> = N extends `${G}.${infer M}` ? M : never

/**
 * `window.clinic`: one async method per call, grouped as `clinic.clients.create(input)`.
 * Each method resolves to a result envelope, so typed errors survive the context bridge.
 */
export type ClinicApi = {
  [G in GroupOf<CallName>]: {
    [M in MethodOf<CallName, G>]: `${G}.${M}` extends infer N extends CallName
      ? (input: CallInput<N>) => Promise<CallResult<CallOutput<N>>>
      : never
  }
}

export type Invoke = (name: CallName, input: unknown) => Promise<CallResult<unknown>>

/** Builds `window.clinic` over any transport: Electron IPC in the app, a loopback in tests. */
export function buildClinicApi(invoke: Invoke): ClinicApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<CallResult<unknown>>>> = {}
  for (const name of CALL_NAMES) {
    const [group, method] = name.split('.') as [string, string]
    api[group] ??= {}
    api[group][method] = (input) => invoke(name, input)
  }
  return api as ClinicApi
}

/** Thrown in the renderer when a call fails, carrying the typed error. */
export class ClinicCallError extends Error {
  readonly code: CallError['code']
  readonly fields: Record<string, string>

  constructor(error: CallError) {
    super(error.message)
    this.name = 'ClinicCallError'
    this.code = error.code
    this.fields = error.fields ?? {}
  }
}

/** The value of a successful result, or a thrown ClinicCallError. */
export function unwrap<T>(result: CallResult<T>): T {
  if (result.ok) return result.value
  throw new ClinicCallError(result.error)
}
