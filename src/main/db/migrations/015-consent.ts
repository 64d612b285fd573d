import { sql } from 'kysely'
import { engineSql } from '../engine-sql'
import type { Migration } from './migration'

/**
 * Consent signed on screen: the clinic's consent form, versioned like the protocol (one
 * version holds every language); each signed consent with the plan and screening outcome it
 * was given under, its PDF's content and SHA-256 (a reprint is checked against it); and on
 * the client, their latest choice about photographs, for the photos to come.
 */
export const consent: Migration = {
  version: 15,
  name: 'consent',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema
      .createTable('consent_forms')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('body', text, (c) => c.notNull())
      .addColumn('note', text, (c) => c.notNull())
      .addColumn('created_by', text, (c) => c.notNull())
      .addColumn('created_at', text, (c) => c.notNull())
      .execute()
    await db.schema
      .createTable('consents')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('client_id', text, (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('screening_id', text, (c) => c.references('screenings.id').onDelete('set null'))
      .addColumn('form_version', 'integer', (c) => c.notNull().references('consent_forms.version'))
      .addColumn('language', text, (c) => c.notNull())
      .addColumn('paper', text, (c) => c.notNull().check(sql`paper in ('A4', 'Letter')`))
      .addColumn('device', text)
      .addColumn('radiofrequency', 'integer', (c) => c.notNull().check(sql`radiofrequency in (0, 1)`))
      // JSON: the zones planned, each with its needle depth.
      .addColumn('zones', text, (c) => c.notNull())
      .addColumn('screening_outcome', text, (c) => c.notNull().check(sql`screening_outcome in ('clear', 'review', 'defer', 'stop')`))
      .addColumn('photo_consent', text, (c) => c.notNull().check(sql`photo_consent in ('record', 'marketing', 'no')`))
      .addColumn('practitioner', text, (c) => c.notNull())
      .addColumn('signed_at_local', text, (c) => c.notNull())
      .addColumn('time_zone', text, (c) => c.notNull())
      .addColumn('produced_by', text, (c) => c.notNull())
      .addColumn('produced_at', text, (c) => c.notNull())
      .addColumn('sha256', text, (c) => c.notNull())
      .addColumn('content_sha256', text, (c) => c.notNull())
      .addColumn('layout_version', 'integer', (c) => c.notNull())
      // The PDF's content (the form's words, the plan, both signatures), packed as handouts' is.
      .addColumn('content', text, (c) => c.notNull())
      .execute()
    await db.schema.createIndex('consents_by_client').on('consents').columns(['client_id', 'signed_at_local']).execute()
    await db.schema
      .alterTable('clients')
      .addColumn('photo_consent', text, (c) => c.check(sql`photo_consent in ('record', 'marketing', 'no')`))
      .execute()
  }
}
