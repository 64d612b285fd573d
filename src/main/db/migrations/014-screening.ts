import { sql } from 'kysely'
import { engineSql } from '../engine-sql'
import type { Migration } from './migration'

/**
 * Screening before the needle: the clinic's questionnaire, versioned like the protocol; each
 * visit's answers with the outcome they gave; on a treatment, the screening it was recorded
 * under and who decided when the outcome asked for a decision; and on staff, who is a doctor
 * (a doctor or the owner may let a stopped visit go ahead).
 */
export const screening: Migration = {
  version: 14,
  name: 'screening',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema
      .createTable('questionnaires')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('note', text, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('screenings')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('client_id', text, (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('visit_at_local', text, (c) => c.notNull())
      .addColumn('time_zone', text, (c) => c.notNull())
      .addColumn('device', text)
      .addColumn('radiofrequency', 'integer', (c) => c.notNull().check(sql`radiofrequency in (0, 1)`))
      // JSON: the zone keys, the answers by question id, the reasons as the outcome gave them.
      .addColumn('zones', text, (c) => c.notNull())
      .addColumn('questionnaire_version', 'integer', (c) => c.notNull().references('questionnaires.version'))
      .addColumn('answers', text, (c) => c.notNull())
      .addColumn('outcome', text, (c) => c.notNull().check(sql`outcome in ('clear', 'review', 'defer', 'stop')`))
      .addColumn('reasons', text, (c) => c.notNull())
      .addColumn('not_before', text)
      .addColumn('recorded_by', text, (c) => c.notNull())
      .addColumn('recorded_at', text, (c) => c.notNull())
      .execute()
    await db.schema.createIndex('screenings_by_client').on('screenings').columns(['client_id', 'visit_at_local']).execute()
    await db.schema
      .alterTable('treatments')
      .addColumn('screening_id', text, (c) => c.references('screenings.id').onDelete('set null'))
      .execute()
    // The outcome for the treatment as saved (its own zones and date), and the decision it needed.
    await db.schema
      .alterTable('treatments')
      .addColumn('screening_outcome', text, (c) => c.check(sql`screening_outcome in ('clear', 'review', 'defer', 'stop')`))
      .execute()
    await db.schema.alterTable('treatments').addColumn('screening_decided_by', text).execute()
    await db.schema.alterTable('treatments').addColumn('screening_decision_reason', text).execute()
    await db.schema
      .alterTable('staff')
      .addColumn('doctor', 'integer', (c) => c.notNull().defaultTo(0).check(sql`doctor in (0, 1)`))
      .execute()
  }
}
