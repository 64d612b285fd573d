import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { serverDetailsSchema } from '@shared/contract/server-settings'
import { words } from '@shared/words/words'
import { DatabaseOpenError } from '../db/database-open-error'

/** Which register this desk works on, kept in its user-data folder; no file means this computer's. */
export const LOCATION_FILE_NAME = 'register-location.json'

const storedLocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('this-computer') }),
  z.object({
    kind: z.literal('server'),
    server: serverDetailsSchema,
    /** The password, sealed with the system's key store (Electron's safeStorage), base64. */
    sealedPassword: z.string().min(1)
  })
])
export type StoredLocation = z.infer<typeof storedLocationSchema>
export type ServerLocation = Extract<StoredLocation, { kind: 'server' }>

export const THIS_COMPUTER: StoredLocation = { kind: 'this-computer' }

export function readRegisterLocation(userData: string): StoredLocation {
  const file = join(userData, LOCATION_FILE_NAME)
  if (!existsSync(file)) return THIS_COMPUTER
  try {
    return storedLocationSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    // Falling back to this computer's register would split the clinic's records in two.
    throw new DatabaseOpenError('bad_location', words('open.badLocationNote', { file }))
  }
}

/** Written aside and renamed, so a desk never finds half a note at its next start. */
export function saveRegisterLocation(userData: string, location: StoredLocation): void {
  const file = join(userData, LOCATION_FILE_NAME)
  writeFileSync(`${file}.partial`, `${JSON.stringify(location, null, 2)}\n`, { mode: 0o600 })
  renameSync(`${file}.partial`, file)
}
