import type { CallError } from '@shared/contract/errors'
import { words } from '@shared/words/words'
import { CommitOutcomeUnknown } from '../unit-of-work-driver'

// Node's words for a connection that could not be made or was lost, and node-postgres's.
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
const LOST_IN_WORDS = /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection ended/i

/**
 * What the clinic's server's failures mean for the desk. A unit of work is one PostgreSQL
 * transaction, and a transaction whose connection is lost is rolled back by the server, so
 * "nothing was saved" is true of the change that failed (code unreachable), and the desk
 * saves it again by itself once the server answers: it is saved once.
 */
export function serverProblem(error: unknown): CallError | undefined {
  if (error instanceof CommitOutcomeUnknown) {
    return {
      code: 'database_unavailable',
      message: words('server.lostWhileSaving')
    }
  }
  if (!(error instanceof Error)) return undefined
  const code = errorCode(error)
  if (isConnectionLost(error)) {
    return {
      code: 'unreachable',
      message: words('server.unreachable')
    }
  }
  // A serialization failure or deadlock: two desks changed the same rows at the same moment;
  // or two desks made the same new record at once (two protocol versions numbered alike).
  if (code === '40001' || code === '40P01' || code === '55P03' || code === '23505') {
    return { code: 'database_busy', message: words('server.busy') }
  }
  if (code === '53100') {
    return { code: 'database_unavailable', message: words('server.diskFull') }
  }
  if (code === '25006' || code === '42501') {
    return {
      code: 'database_unavailable',
      message: words('server.readOnly')
    }
  }
  return undefined
}

/** Whether the connection to the server was refused, lost, or ended by the server going down. */
export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = errorCode(error)
  // Class 08 is a connection failure; 57P01-57P03 a server shutting down or starting.
  return CONNECTION_LOST.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || LOST_IN_WORDS.test(error.message)
}

function errorCode(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : ''
}
