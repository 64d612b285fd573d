import { DatabaseOpenError } from '../database-open-error'
import { describeServer, type ServerAddress } from './server-address'
import { words } from '@shared/words/words'

/**
 * Turns what node-postgres reports when a connection fails into words for the desk. Each
 * says what is wrong and who can fix it; nothing was written, since nothing could connect.
 */
export function explainConnectionFailure(error: unknown, address: ServerAddress): Error {
  const code = errorCode(error)
  const server = describeServer(address)
  const host = address.config.host ?? ''
  const nothingChanged = words('server.nothingChanged')
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseOpenError('server_unreachable', words('server.hostNotFound', { host, nothingChanged }))
    case 'ECONNREFUSED':
    case 'ENOENT':
      return new DatabaseOpenError('server_unreachable', words('server.refusedConnection', { server, nothingChanged }))
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'timeout':
      return new DatabaseOpenError('server_unreachable', words('server.noAnswer', { server, nothingChanged }))
    case '28P01':
    case '28000':
    case 'no_password':
      return new DatabaseOpenError('login_refused', words('server.loginRefused', { server, nothingChanged }))
    case '3D000':
      return new DatabaseOpenError('no_database', words('server.noDatabase', { database: address.config.database ?? '', nothingChanged }))
    case '42501':
      return new DatabaseOpenError('login_refused', words('server.noRights', { user: address.config.user ?? '', server, nothingChanged }))
    case 'no_tls':
      return new DatabaseOpenError('server_unreachable', words('server.noTls', { server, nothingChanged }))
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
