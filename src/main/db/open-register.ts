import { openSqliteRegister, type OpenOptions } from './open-sqlite-register'
import { isServerUrl, parseServerAddress } from './postgres/server-address'
import type { EngineRegisterDatabase } from './register-database'

export interface RegisterOpenOptions extends OpenOptions {
  /** Where this computer keeps backups of a server register (a file register keeps them beside it). */
  serverBackupsDir: string
}

/**
 * Opens the register at `location`: a postgres:// URL is the clinic's server, anything else
 * a SQLite file on this computer. The one place that chooses an engine.
 */
export async function openRegister(location: string, options: RegisterOpenOptions): Promise<EngineRegisterDatabase> {
  if (isServerUrl(location)) {
    const { openPostgresRegister } = await loadPostgresSide()
    return openPostgresRegister(parseServerAddress(location), { backupsDir: options.serverBackupsDir })
  }
  return openSqliteRegister(location, options)
}

/**
 * The PostgreSQL side of the register, loaded the first time a server is reached: a desk or a
 * command on a file never loads node-postgres, which took some 40 ms of every start.
 */
export function loadPostgresSide(): Promise<typeof import('./postgres/open-postgres-register')> {
  return import('./postgres/open-postgres-register')
}
