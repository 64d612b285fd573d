import { DEFAULT_SERVER_PORT, type ServerDetails } from '@shared/contract/server-settings'

/** The server settings as the inputs hold them: the port as typed, so a wrong one can be told about. */
export interface ServerForm {
  host: string
  port: string
  database: string
  user: string
  password: string
  tls: boolean
}

/** The server in use, to edit; otherwise a blank form on the usual port. The password is never shown. */
export function serverFormFrom(server: ServerDetails | undefined): ServerForm {
  return {
    host: server?.host ?? '',
    port: String(server?.port ?? DEFAULT_SERVER_PORT),
    database: server?.database ?? '',
    user: server?.user ?? '',
    password: '',
    // Clinic data crossing a shared network is encrypted unless IT support says the server cannot.
    tls: server?.tls ?? true
  }
}

/** The form as serverSettingsSchema reads it: a port that is not all digits stays a wrong number, for its message. */
export function serverSettingsInput(form: ServerForm): unknown {
  const port = form.port.trim()
  return { ...form, port: port === '' ? undefined : /^\d+$/.test(port) ? Number(port) : Number.NaN }
}
