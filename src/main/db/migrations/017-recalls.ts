import { sql, type Kysely } from 'kysely'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import { refillRecallWindows } from '../../recalls/recall-windows'
import { engineSql } from '../engine-sql'
import type { Database } from '../schema'
import type { Migration } from './migration'

/**
 * Recalls: each client's next-session window (from their latest treatment and the protocol)
 * kept beside them and indexed by when it closes, so the clients due soon are read off an
 * index rather than planned one by one; and the calls the desk made about it. The windows
 * are filled from the protocol in use.
 */
export const recalls: Migration = {
  version: 17,
  name: 'recalls',
  async up(db) {
    const { text } = engineSql(db)
    await db.schema
      .createTable('recall_windows')
      .addColumn('client_id', text, (c) => c.primaryKey().references('clients.id').onDelete('cascade'))
      .addColumn('treatment_id', text, (c) => c.notNull().references('treatments.id').onDelete('cascade'))
      .addColumn('treated_at_local', text, (c) => c.notNull())
      .addColumn('treated_at_utc', text, (c) => c.notNull())
      .addColumn('deepest_hundredths_mm', 'integer', (c) => c.notNull())
      .addColumn('opens_on', text, (c) => c.notNull())
      .addColumn('closes_on', text, (c) => c.notNull())
      .execute()
    // Windows still to close are few next to all of them: the list reads from the first day asked on.
    await db.schema.createIndex('recall_windows_by_close').on('recall_windows').columns(['closes_on', 'opens_on']).execute()
    await db.schema
      .createTable('recall_contacts')
      .addColumn('id', text, (c) => c.primaryKey())
      .addColumn('client_id', text, (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('treatment_id', text, (c) => c.notNull().references('treatments.id').onDelete('cascade'))
      .addColumn('outcome', text, (c) => c.check(sql`outcome in ('left_message', 'booked', 'declined')`))
      .addColumn('note', text, (c) => c.notNull())
      .addColumn('contacted_by', text, (c) => c.notNull())
      .addColumn('contacted_at', text, (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('recall_contacts_by_client')
      .on('recall_contacts')
      .columns(['client_id', 'treatment_id', 'contacted_at'])
      .execute()
    await refillRecallWindows(db as Kysely<Database>, await protocolInUse(db))
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function protocolInUse(db: Kysely<any>): Promise<AftercareProtocol> {
  const latest = await db.selectFrom('protocols').select('body').orderBy('version', 'desc').limit(1).executeTakeFirst()
  // Every stored version passed the protocol's schema when it was saved.
  return latest ? (JSON.parse(String(latest.body)) as AftercareProtocol) : DEFAULT_PROTOCOL
}
