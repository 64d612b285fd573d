import { DatabaseOpenError } from '../database-open-error'
import { describeServer, type ServerAddress } from './server-address'

/**
 * Turns what node-postgres reports when a connection fails into words for the desk. Each
 * says what is wrong and who can fix it; nothing was written, since nothing could connect.
 */
export function explainConnectionFailure(error: unknown, address: ServerAddress): Error {
  const code = errorCode(error)
  const server = describeServer(address)
  const host = address.config.host ?? ''
  const nothingChanged = 'Nothing was changed.'
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseOpenError(
        'server_unreachable',
        `No computer called "${host}" was found on the network. Check the server's name, and that this computer is on the clinic's network. ${nothingChanged}`
      )
    case 'ECONNREFUSED':
    case 'ENOENT':
      return new DatabaseOpenError(
        'server_unreachable',
        `The server ${server} did not accept the connection: PostgreSQL is not running there, or listens on another port. Ask your IT support to check the server. ${nothingChanged}`
      )
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'timeout':
      return new DatabaseOpenError(
        'server_unreachable',
        `The server ${server} did not answer. Check that it is switched on and that this computer is on the clinic's network. ${nothingChanged}`
      )
    case '28P01':
    case '28000':
    case 'no_password':
      return new DatabaseOpenError(
        'login_refused',
        `The server ${server} refused the user name or password. Check them in Settings (or ask your IT support for the right ones). ${nothingChanged}`
      )
    case '3D000':
      return new DatabaseOpenError(
        'no_database',
        `The server has no database called "${address.config.database}". Check the name, or ask your IT support to create it. ${nothingChanged}`
      )
    case '42501':
      return new DatabaseOpenError(
        'login_refused',
        `The user "${address.config.user ?? ''}" may not create or change the register's tables on ${server}. Ask your IT support to give that user the rights described in SECURITY.md. ${nothingChanged}`
      )
    case 'no_tls':
      return new DatabaseOpenError(
        'server_unreachable',
        `The server ${server} does not accept encrypted (TLS) connections. Untick TLS in Settings if the clinic's network is its own, or ask your IT support to turn TLS on at the server (SECURITY.md). ${nothingChanged}`
      )
    default:
      return error instanceof Error ? error : new Error(String(error))
  }
}

function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined
  if ('code' in error && typeof error.code === 'string') return error.code
  // node-postgres reports its own connection timeout, and a missing password, only in words.
  if (/timeout/i.test(error.message)) return 'timeout'
  if (/password must be a string|client password/i.test(error.message)) return 'no_password'
  if (/does not support SSL/i.test(error.message)) return 'no_tls'
  // An AggregateError (every address of a name refused) carries its causes' codes.
  if ('errors' in error && Array.isArray(error.errors)) return errorCode(error.errors[0])
  return undefined
}
