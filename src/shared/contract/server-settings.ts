import { z } from 'zod'

// What a desk's Settings ask of the clinic's server, checked the same in the form and in main.

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
