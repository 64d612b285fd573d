import { sql } from 'kysely'
import type { Migration } from './migration'

/** Clinic settings, versioned aftercare protocols, and the log of every handout given. */
export const handouts: Migration = {
  version: 3,
  name: 'handouts',
  async up(db) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('protocols')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_by', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()

    await db.schema
      .createTable('handout_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('treatment_id', 'text', (c) => c.notNull().references('treatments.id').onDelete('cascade'))
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('handout', 'calendar', 'ics')`))
      .addColumn('protocol_version', 'integer', (c) => c.notNull().references('protocols.version'))
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('paper', 'text', (c) => c.check(sql`paper in ('A4', 'Letter')`))
      .addColumn('produced_at', 'text', (c) => c.notNull())
      .addColumn('produced_by', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      // The client and clinic details as printed, so a reprint is the same file even after edits.
      .addColumn('printed_details', 'text', (c) => c.notNull())
      .addColumn('reprint_of', 'text', (c) => c.references('handout_log.id'))
      .execute()
    await db.schema
      .createIndex('handout_log_by_client')
      .on('handout_log')
      .columns(['client_id', 'produced_at desc'])
      .execute()
    await db.schema.createIndex('handout_log_by_treatment').on('handout_log').column('treatment_id').execute()
  }
}
