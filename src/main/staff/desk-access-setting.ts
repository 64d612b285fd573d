import type { Kysely } from 'kysely'
import { deskAccessSchema, type DeskAccess } from '@shared/staff/desk-access'
import type { Database } from '../db/schema'

const DESK_ACCESS_KEY = 'desk access'

/** How the clinic's desks are used (staff sign in, or one person works here), shared by every desk; undefined until chosen. */
export class DeskAccessSetting {
  constructor(private readonly db: Kysely<Database>) {}

  async get(): Promise<DeskAccess | undefined> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', DESK_ACCESS_KEY).executeTakeFirst()
    return row ? deskAccessSchema.parse(JSON.parse(row.value)) : undefined
  }

  /**
   * The first choice, at a first start: a plain insert, so two desks starting at once cannot
   * both choose; the second fails on the key and is told the clinic has chosen.
   */
  async choose(access: DeskAccess): Promise<void> {
    await this.db.insertInto('settings').values({ key: DESK_ACCESS_KEY, value: JSON.stringify(access) }).execute()
  }

  async save(access: DeskAccess): Promise<DeskAccess> {
    const value = JSON.stringify(access)
    await this.db
      .insertInto('settings')
      .values({ key: DESK_ACCESS_KEY, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value }))
      .execute()
    return access
  }
}
