import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * Lets the audit log be read per client at any size: a client's own entries by subject, and
 * the entries of their treatments and handouts by the client id those entries carry.
 */
export const auditByClient: Migration = {
  version: 6,
  name: 'audit by client',
  async up(db) {
    await sql`create index audit_log_by_subject on audit_log (subject_id)`.execute(db)
    await sql`create index audit_log_by_client on audit_log (json_extract(details, '$.clientId'))`.execute(db)
  }
}
