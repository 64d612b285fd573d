import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * The register's change mark: one number, raised in the same transaction as every change.
 * Desks read it every second to know when another desk saved something. The newest audit
 * entry's number cannot serve on a server: PostgreSQL numbers entries as they are written,
 * not as they are committed, so a change committed after a later-numbered one would never
 * move it. Written once, for both engines.
 */
export const registerChanges: Migration = {
  version: 10,
  name: 'register changes',
  async up(db) {
    await db.schema
      .createTable('register_changes')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('mark', 'integer', (c) => c.notNull())
      .execute()
    await sql`insert into register_changes (id, mark) select 1, coalesce(max(id), 0) from audit_log`.execute(db)
  }
}
