import type { CallAccess } from '@shared/staff/call-access'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import { computerActor, type Actor } from '../audit/actor'
import { DatabaseOpenError } from '../db/database-open-error'
import { openRegister } from '../db/open-register'
import { isServerUrl } from '../db/postgres/server-address'
import type { RegisterDatabase } from '../db/register-database'
import { DeskSession } from '../staff/desk-session'
import { serverBackupsDir } from '../app-paths'
import { CliFailure } from './cli-failure'

/** Who runs the command: `--as NAME`, with that person's PIN in AFTERCARE_PIN; else IT, by the computer's login. */
export interface CliIdentity {
  as?: string
}

/**
 * The CLI's session on an open register. Where staff sign in, IT works with reception's
 * rights, and a command only the owner may run needs `--as` an owner. A register nobody has
 * set up is used as before staff. The CLI reaches the register's file or server directly, so
 * this is the clinic's rule kept and logged, not a wall against someone holding those.
 */
export async function cliSession(database: RegisterDatabase, identity: CliIdentity): Promise<DeskSession> {
  const session = new DeskSession({ database, computer: computerActor('it'), whenNotSetUp: 'open', nobodySignedIn: 'reception' })
  if (identity.as !== undefined) {
    const pin = process.env.AFTERCARE_PIN
    if (!pin) throw new CliFailure(words('cli.pinNeeded', { name: identity.as }))
    await asCliLine(() => session.signInByName(identity.as as string, pin))
  }
  return session
}

/**
 * For a command that works on the register where it is (restore): who acts, once the register
 * says they may. A register file too damaged to read has no staff list to ask: IT restores it.
 */
export async function permitAtLocation(location: string, identity: CliIdentity, access: CallAccess): Promise<Actor> {
  let database: RegisterDatabase | undefined
  try {
    database = await openRegister(location, { serverBackupsDir: serverBackupsDir() })
  } catch (error) {
    const unreadable = error instanceof DatabaseOpenError && (error.reason === 'damaged' || error.reason === 'not_a_database')
    if (unreadable && !isServerUrl(location)) return computerActor('it')
    throw error
  }
  try {
    const session = await cliSession(database, identity)
    return await asCliLine(() => session.permit(access))
  } finally {
    await database.close()
  }
}

/** A refusal or a wrong PIN as the CLI's one line on stderr. */
export async function asCliLine<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof AppError) throw new CliFailure(error.message)
    throw error
  }
}
