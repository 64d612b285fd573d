import { z } from 'zod'
import { refusal } from '../words/refusal'

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
    .min(1, refusal('serverSettings.host.missing'))
    .max(253, refusal('serverSettings.host.tooLong'))
    .regex(HOST, refusal('serverSettings.host.format')),
  port: z
    .number(refusal('serverSettings.port.missing'))
    .int(refusal('serverSettings.port.whole'))
    .min(1, refusal('serverSettings.port.range'))
    .max(65535, refusal('serverSettings.port.range')),
  database: z
    .string()
    .trim()
    .min(1, refusal('serverSettings.database.missing'))
    .max(63, refusal('serverSettings.database.tooLong'))
    .regex(NAME, refusal('serverSettings.database.format')),
  user: z
    .string()
    .trim()
    .min(1, refusal('serverSettings.user.missing'))
    .max(63, refusal('serverSettings.user.tooLong'))
    .regex(NAME, refusal('serverSettings.user.format')),
  /** Empty: the password this desk keeps already. */
  password: z.string().max(200, refusal('serverSettings.password.tooLong')),
  /** Encrypt the connection (TLS), as a network shared with others needs. */
  tls: z.boolean()
})
export type ServerSettings = z.infer<typeof serverSettingsSchema>
/** The server without its password: what a desk keeps in its settings file and shows. */
export const serverDetailsSchema = serverSettingsSchema.omit({ password: true })
export type ServerDetails = z.infer<typeof serverDetailsSchema>

export const DEFAULT_SERVER_PORT = 5432
