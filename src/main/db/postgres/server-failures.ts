import type { CallError } from '@shared/contract/errors'

// Node's words for a connection that could not be made or was lost, and node-postgres's.
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
const LOST_IN_WORDS = /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Connection ended/i

/**
 * What the clinic's server's failures mean for the desk. A unit of work is one PostgreSQL
 * transaction, and a transaction whose connection is lost is rolled back by the server, so
 * "nothing was saved" is true of the change that failed; trying again saves it once.
 */
export function serverProblem(error: unknown): CallError | undefined {
  if (!(error instanceof Error)) return undefined
  const code = 'code' in error && typeof error.code === 'string' ? error.code : ''
  // Class 08 is a connection failure; 57P01-57P03 a server shutting down or starting.
  if (CONNECTION_LOST.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code) || LOST_IN_WORDS.test(error.message)) {
    return {
      code: 'database_unavailable',
      message:
        "The clinic's server cannot be reached, so nothing was saved. What you typed is kept: try again in a moment. If it goes on, check the network cable or ask your IT support whether the server is running."
    }
  }
  // A serialization failure or deadlock: two desks changed the same rows at the same moment.
  if (code === '40001' || code === '40P01' || code === '55P03') {
    return { code: 'database_busy', message: 'Another desk was changing the same record. Nothing was changed; please try again.' }
  }
  if (code === '53100') {
    return { code: 'database_unavailable', message: "The clinic's server has run out of disk space, so nothing was saved. Ask your IT support to free some space." }
  }
  if (code === '25006' || code === '42501') {
    return {
      code: 'database_unavailable',
      message: "The clinic's server lets this desk read the register but not change it, so nothing was saved. Ask your IT support to check the register's user rights."
    }
  }
  return undefined
}
