import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import { UNNAMED_CLINIC, clinicSettingsSchema, type ClinicSettings } from '@shared/clinic/clinic-settings'
import type { Database } from '../db/schema'

const CLINIC_KEY = 'clinic'
const LOGO_KEY_PREFIX = 'logo:'

/** The clinic's details, kept as one JSON setting. */
export class ClinicSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<ClinicSettings> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', CLINIC_KEY).executeTakeFirst()
    if (!row) return UNNAMED_CLINIC
    // Parsed again so settings saved by an older version gain the defaults of new fields.
    return clinicSettingsSchema.parse(JSON.parse(row.value))
  }

  /**
   * Stores a logo under its SHA-256 and makes it the clinic's. Logos are kept once stored, so a
   * reprint of an old handout still finds the logo it was printed with.
   */
  async setLogo(logo: ClinicLogo): Promise<ClinicSettings> {
    const sha256 = createHash('sha256').update(Buffer.from(logo.base64, 'base64')).digest('hex')
    await this.db
      .insertInto('settings')
      .values({ key: `${LOGO_KEY_PREFIX}${sha256}`, value: JSON.stringify(logo) })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute()
    return this.save({ ...(await this.get()), logoSha256: sha256 })
  }

  async logo(sha256: string): Promise<ClinicLogo | undefined> {
    const row = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', `${LOGO_KEY_PREFIX}${sha256}`)
      .executeTakeFirst()
    return row ? (JSON.parse(row.value) as ClinicLogo) : undefined
  }

  async save(settings: ClinicSettings): Promise<ClinicSettings> {
    const value = JSON.stringify(settings)
    await this.db
      .insertInto('settings')
      .values({ key: CLINIC_KEY, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute()
    return this.get()
  }
}
