import { sql } from 'kysely'
import { engineSql } from '../engine-sql'
import type { Migration } from './migration'

/**
 * The log of "Before your appointment" sheets and calendar files given to patients, kept like the
 * handout log (the file's hash, and the content as printed); and an index of clients by when their
 * record began, so the clients whose retention period has ended are found without reading every
 * client (a client with no treatment counts from their record's creation).
 */
export const prepSheets: Migration = {
  version: 16,
  name: 'preparation sheets',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema
      .createTable('prep_sheet_log')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('client_id', text, (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('format', text, (c) => c.notNull().check(sql`format in ('pdf', 'ics')`))
      .addColumn('appointment_at_local', text, (c) => c.notNull())
      .addColumn('time_zone', text, (c) => c.notNull())
      .addColumn('questionnaire_version', 'integer', (c) => c.notNull().references('questionnaires.version'))
      .addColumn('language', text, (c) => c.notNull())
      .addColumn('paper', text, (c) => c.check(sql`paper in ('A4', 'Letter')`))
      .addColumn('produced_at', text, (c) => c.notNull())
      .addColumn('produced_by', text, (c) => c.notNull())
      .addColumn('sha256', text, (c) => c.notNull())
      .addColumn('content_sha256', text, (c) => c.notNull())
      .addColumn('layout_version', 'integer', (c) => c.notNull())
      // The content as printed (stored-content.ts), so the sheet can be shown or printed again as given.
      .addColumn('content', text, (c) => c.notNull())
      .execute()
    await db.schema.createIndex('prep_sheet_log_by_client').on('prep_sheet_log').columns(['client_id', 'produced_at']).execute()
    await db.schema.createIndex('clients_by_creation').on('clients').columns(['created_at', 'id']).execute()
  }
}
