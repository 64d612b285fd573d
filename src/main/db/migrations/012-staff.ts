import { sql } from 'kysely'
import { engineSql } from '../engine-sql'
import type { Migration } from './migration'

/**
 * The clinic's staff, who sign in with a PIN (kept only as a slow salted hash), with what a
 * run of wrong PINs has cost them so far; and on each audit entry, the person (when staff
 * sign in) and the computer of the desk it was made at. Written once, for both engines.
 */
export const staff: Migration = {
  version: 12,
  name: 'staff',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema
      .createTable('staff')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('name', text, (c) => c.notNull())
      .addColumn('role', text, (c) => c.notNull().check(sql`role in ('reception', 'practitioner', 'owner')`))
      .addColumn('pin_hash', text, (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
      .addColumn('wrong_pins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('waits', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('waits_until', text)
      .addColumn('created_at', text, (c) => c.notNull())
      .addColumn('updated_at', text, (c) => c.notNull())
      .execute()
    // Names tell people apart at the sign-in screen and in the log: once each, whatever the case.
    await sql`create unique index staff_by_folded_name on staff (lower(name))`.execute(db)
    await db.schema.alterTable('audit_log').addColumn('staff_id', text).execute()
    await db.schema.alterTable('audit_log').addColumn('desk', text).execute()
    // The audit screen's filter by person reads the newest entries of one name.
    await sql`create index audit_by_actor on audit_log (actor, id)`.execute(db)
  }
}
