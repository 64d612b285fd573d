import { sql } from 'kysely'
import { engineSql } from '../engine-sql'
import type { Migration } from './migration'

/**
 * Each handout log entry keeps the content the patient was given (the words and dates as
 * printed), the layout version that drew it, and a hash of its values, so a reprint draws that
 * content again whatever changes later. Entries logged before keep their printed details until
 * their content is rebuilt and checked against their file's SHA-256 (HandoutService); one that
 * cannot be says why.
 */
export const handoutContent: Migration = {
  version: 13,
  name: 'handout content',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema.alterTable('handout_log').addColumn('content', text).execute()
    await db.schema.alterTable('handout_log').addColumn('content_sha256', text).execute()
    await db.schema.alterTable('handout_log').addColumn('layout_version', 'integer').execute()
    await db.schema
      .alterTable('handout_log')
      .addColumn('reprint', text, (c) => c.check(sql`reprint in ('identical', 'current layout')`))
      .execute()
    // Why an earlier entry's content could not be rebuilt, so a start does not try it again.
    await db.schema.alterTable('handout_log').addColumn('rebuild_refused', text).execute()
    // The entries still to rebuild, found at each start without reading the whole log.
    await sql`create index handout_log_to_rebuild on handout_log (id)
      where content is null and reprint_of is null and rebuild_refused is null`.execute(db)
  }
}
