import { openSqliteRegister, type OpenOptions } from './open-sqlite-register'
import { openPostgresRegister } from './postgres/open-postgres-register'
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
  if (isServerUrl(location)) return openPostgresRegister(parseServerAddress(location), { backupsDir: options.serverBackupsDir })
  return openSqliteRegister(location, options)
}
