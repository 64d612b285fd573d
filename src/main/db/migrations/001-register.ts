import { sql } from 'kysely'
import type { Migration } from './migration'

export const registerTables: Migration = {
  version: 1,
  name: 'register',
  async up(db) {
    await db.schema
      .createTable('clients')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('family_name', 'text', (c) => c.notNull())
      .addColumn('date_of_birth', 'text')
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('skin_type', 'text', (c) => c.check(sql`skin_type in ('I','II','III','IV','V','VI')`))
      .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0).check(sql`archived in (0, 1)`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('last_activity_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('clients_by_activity')
      .on('clients')
      .columns(['archived', 'last_activity_at desc'])
      .execute()

    await db.schema
      .createTable('treatments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('performed_at_local', 'text', (c) => c.notNull())
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('performed_at_utc', 'text', (c) => c.notNull())
      .addColumn('practitioner', 'text')
      .addColumn('device', 'text')
      .addColumn('concerns', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('products', 'text')
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('session_number', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('treatments_by_client')
      .on('treatments')
      .columns(['client_id', 'performed_at_utc desc'])
      .execute()
    await db.schema.createIndex('treatments_by_time').on('treatments').column('performed_at_utc').execute()

    await db.schema
      .createTable('treatment_zones')
      .addColumn('treatment_id', 'text', (c) => c.notNull().references('treatments.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('zone', 'text', (c) => c.notNull())
      .addColumn('depth_hundredths_mm', 'integer', (c) =>
        c.notNull().check(sql`depth_hundredths_mm between 10 and 300`)
      )
      .addPrimaryKeyConstraint('treatment_zones_pk', ['treatment_id', 'position'])
      .addUniqueConstraint('treatment_zones_once', ['treatment_id', 'zone'])
      .execute()
  }
}
