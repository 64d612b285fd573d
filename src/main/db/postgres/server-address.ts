import type pg from 'pg'
import { parseIntoClientConfig } from 'pg-connection-string'
import type { ServerDetails } from '@shared/contract/server-settings'
import { words } from '@shared/words/words'
import { DatabaseOpenError } from '../database-open-error'

/** The clinic's PostgreSQL server, as a desk or the admin CLI names it. */
export interface ServerAddress {
  config: pg.ClientConfig
}

const SERVER_URL = /^postgres(ql)?:\/\//i

/** Whether a register location names a server (postgres://...) rather than a file. */
export function isServerUrl(location: string): boolean {
  return SERVER_URL.test(location)
}

/**
 * Reads a postgres:// URL. A password left out of it comes, as with psql, from PGPASSWORD
 * or ~/.pgpass (node-postgres reads both when it connects).
 */
export function parseServerAddress(url: string): ServerAddress {
  let config: pg.ClientConfig
  try {
    config = parseIntoClientConfig(url)
  } catch {
    throw badAddress(words('server.badAddress.unreadable'))
  }
  if (!config.host) throw badAddress(words('server.badAddress.noServer'))
  if (!config.database) throw badAddress(words('server.badAddress.noDatabase'))
  if (config.port !== undefined && !(Number(config.port) >= 1 && Number(config.port) <= 65535)) {
    throw badAddress(words('server.badAddress.badPort', { port: String(config.port) }))
  }
  return { config }
}

/**
 * The server a desk's Settings name. TLS, when asked for, encrypts the connection without
 * checking the server's certificate against a public authority (a clinic's server has its
 * own), as psql's sslmode=require does, and offers SCRAM channel binding (used when the
 * server offers it). SECURITY.md says what that covers and what it does not yet.
 */
export function serverAddressFrom(details: ServerDetails, password: string): ServerAddress {
  const { host, port, database, user, tls } = details
  const encryption = tls ? { ssl: { rejectUnauthorized: false }, enableChannelBinding: true } : { ssl: false }
  return { config: { host, port, database, user, password, ...encryption } }
}

/** The server a desk's Settings name, as a URL for the admin CLI, whose password comes from PGPASSWORD or ~/.pgpass. */
export function serverUrlWithoutPassword({ host, port, database, user, tls }: ServerDetails): string {
  const server = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
  return `postgres://${encodeURIComponent(user)}@${server}:${port}/${encodeURIComponent(database)}?sslmode=${tls ? 'no-verify' : 'disable'}`
}

/** "aftercare@clinic-server:5432/register": where the register is, never with its password. */
export function describeServer({ config }: ServerAddress): string {
  const user = config.user ? `${config.user}@` : ''
  return `${user}${config.host}:${config.port ?? 5432}/${config.database}`
}

// The address itself is never repeated: an address that cannot be read cannot be trusted to
// show where its password ends, and a message may end up in a log or on a screen.
function badAddress(reason: string): DatabaseOpenError {
  return new DatabaseOpenError('bad_address', words('server.badAddress', { reason }))
}
