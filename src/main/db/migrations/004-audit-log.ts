import { sql } from 'kysely'
import type { Migration } from './migration'

/** Who did what, when: appended to by the app, never changed or deleted by it. */
export const auditLog: Migration = {
  version: 4,
  name: 'audit log',
  async up(db) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      // Never personal data: ids, counts and the names of changed fields only.
      .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
      .execute()
    await db.schema.createIndex('audit_log_by_time').on('audit_log').column('at').execute()
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'The audit log cannot be changed.'); end`.execute(db)
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'The audit log cannot be changed.'); end`.execute(db)
  }
}
