import { z } from 'zod'
import type { CallResult } from './errors'

// Where this desk's register is: the SQLite file on this computer (the default) or the
// clinic's PostgreSQL server, which every desk of the clinic shares. Only the desktop can
// change it (the password is kept with the system's own key store, and the app restarts on
// the new register), so it has a channel of its own, with the same result envelope as every call.

export const REGISTER_LOCATION_CHANNEL = 'clinic:register-location'
export const REGISTER_LOCATION_ACTIONS = ['describe', 'test', 'moveToServer', 'joinServer', 'moveToThisComputer'] as const
export type RegisterLocationAction = (typeof REGISTER_LOCATION_ACTIONS)[number]

/** A host name, an IPv4 address, or an IPv6 address in brackets or bare. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/
/** PostgreSQL names as a clinic's IT person would type them: no quotes, spaces or slashes. */
const NAME = /^[A-Za-z_][A-Za-z0-9_$.-]*$/

/** The clinic's server, as the desk's Settings ask for it. */
export const serverSettingsSchema = z.object({
  host: z
    .string()
    .trim()
    .min(1, "Enter the server's name or address, for example clinic-server or 192.168.1.20.")
    .max(253, 'That server name is too long.')
    .regex(HOST, "A server's name has only letters, digits, dots and dashes (or it is an address such as 192.168.1.20)."),
  port: z.number({ error: 'Enter the port, a number (PostgreSQL usually listens on 5432).' }).int('Enter the port as a whole number.').min(1, 'A port is a number from 1 to 65535.').max(65535, 'A port is a number from 1 to 65535.'),
  database: z.string().trim().min(1, "Enter the database's name.").max(63, 'A database name has at most 63 characters.').regex(NAME, 'A database name has only letters, digits and underscores.'),
  user: z.string().trim().min(1, 'Enter the user name the server knows this clinic by.').max(63, 'A user name has at most 63 characters.').regex(NAME, 'A user name has only letters, digits and underscores.'),
  /** Empty: the password this desk keeps already. */
  password: z.string().max(200, 'That password is too long.'),
  /** Encrypt the connection (TLS), as a network shared with others needs. */
  tls: z.boolean()
})
export type ServerSettings = z.infer<typeof serverSettingsSchema>
/** The server without its password: what a desk keeps in its settings file and shows. */
export const serverDetailsSchema = serverSettingsSchema.omit({ password: true })
export type ServerDetails = z.infer<typeof serverDetailsSchema>

export const DEFAULT_SERVER_PORT = 5432

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
