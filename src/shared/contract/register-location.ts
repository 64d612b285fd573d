import type { CallResult } from './errors'
import type { ServerDetails, ServerSettings } from './server-settings'

// Where this desk's register is: the SQLite file on this computer (the default) or the
// clinic's PostgreSQL server, which every desk of the clinic shares. Only the desktop can
// change it (the password is kept with the system's own key store, and the app restarts on
// the new register), so it has a channel of its own, with the same result envelope as every call.
// The preload imports this file: no zod here (the settings' schema is in server-settings.ts).

export const REGISTER_LOCATION_CHANNEL = 'clinic:register-location'
export const REGISTER_LOCATION_ACTIONS = ['describe', 'test', 'moveToServer', 'joinServer', 'moveToThisComputer'] as const
export type RegisterLocationAction = (typeof REGISTER_LOCATION_ACTIONS)[number]

/** Where this desk's register is, for Settings. */
export interface RegisterLocationView {
  kind: 'this-computer' | 'server'
  /** The register file on this computer: in use, or kept as it was when the register moved to the server. */
  file: string
  /** The server in use (never its password). */
  server?: ServerDetails
  /** Whether this desk keeps a password for the server. */
  passwordKept: boolean
  /** Why this computer cannot keep a server password safely; absent when it can. */
  passwordStoreProblem?: string
}

/** What "Test connection" found on a server that answered. */
export interface ServerCheck {
  /** An empty database, ready to receive this desk's register; or the clinic's register already. */
  holds: 'nothing' | 'register'
  /** How many clients the register there has. */
  clients: number
  /** What was found, in words for the desk. */
  summary: string
}

export interface RegisterLocationBridge {
  describe(): Promise<CallResult<RegisterLocationView>>
  /** Connects, says in plain words what the server holds or what is wrong; writes nothing. */
  test(settings: ServerSettings): Promise<CallResult<ServerCheck>>
  /** Copies this computer's register into the server's empty database, checks the copy, switches this desk to it and restarts. */
  moveToServer(settings: ServerSettings): Promise<CallResult<Record<string, never>>>
  /** Switches this desk to the register already on the server (moved there from another desk) and restarts. */
  joinServer(settings: ServerSettings): Promise<CallResult<Record<string, never>>>
  /** Copies the server's register into a new file on this computer, checks the copy, switches this desk to it and restarts. */
  moveToThisComputer(): Promise<CallResult<Record<string, never>>>
}
