import type { Kysely } from 'kysely'
import { UNNAMED_CLINIC, clinicSettingsSchema, type ClinicSettings } from '../../shared/clinic/clinic-settings'
import type { Database } from '../db/schema'

const CLINIC_KEY = 'clinic'

/** The clinic's details, kept as one JSON setting. */
export class ClinicSettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<ClinicSettings> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', CLINIC_KEY).executeTakeFirst()
    if (!row) return UNNAMED_CLINIC
    // Parsed again so settings saved by an older version gain the defaults of new fields.
    return clinicSettingsSchema.parse(JSON.parse(row.value))
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
