import { serverBackupsDir } from '../app-paths'
import { openSqliteRegister } from '../db/open-sqlite-register'
import { loadPostgresSide } from '../db/open-register'
import { serverAddressFrom } from '../db/postgres/server-address'
import type { EngineRegisterDatabase } from '../db/register-database'
import { readRegisterLocation } from '../register-location/location-file'
import type { PasswordStore } from '../register-location/password-store'

export interface DeskRegisterPlaces {
  userData: string
  /** This computer's register file. */
  registerFile: string
  passwords: PasswordStore
  nativeBinding: string | undefined
}

/** Opens the register this desk works on: the file on this computer, or the clinic's server its Settings name. */
export async function openDeskRegister({ userData, registerFile, passwords, nativeBinding }: DeskRegisterPlaces): Promise<EngineRegisterDatabase> {
  const location = readRegisterLocation(userData)
  if (location.kind === 'this-computer') return openSqliteRegister(registerFile, { nativeBinding })
  const address = serverAddressFrom(location.server, passwords.unseal(location.sealedPassword))
  const { openPostgresRegister } = await loadPostgresSide()
  return openPostgresRegister(address, { backupsDir: serverBackupsDir(userData) })
}
