import { sql } from 'kysely'
import type { Migration } from './migration'

/**
 * The practitioners and devices recorded on treatments, each once with when it was last used,
 * so the treatment form's suggestions are a few rows read in order rather than a grouping of
 * every treatment (half a second at 300,000 treatments, with every other call waiting).
 */
export const treatmentChoices: Migration = {
  version: 7,
  name: 'treatment choices',
  async up(db) {
    await db.schema
      .createTable('treatment_choices')
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('practitioner', 'device')`))
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('treatment_choices_pk', ['kind', 'value'])
      .execute()
    await db.schema.createIndex('treatment_choices_by_recent_use').on('treatment_choices').columns(['kind', 'last_used_at']).execute()
    for (const kind of ['practitioner', 'device'] as const) {
      await sql`
        insert into treatment_choices (kind, value, last_used_at)
        select ${kind}, ${sql.ref(kind)}, max(created_at) from treatments
        where ${sql.ref(kind)} is not null group by ${sql.ref(kind)}`.execute(db)
    }
  }
}
