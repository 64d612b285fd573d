import type { Migration } from './migration'

/**
 * A version number on each client, raised by every save of their details: a desk saves only
 * over the version it loaded, so an edit made meanwhile at another desk is never overwritten
 * unseen. Written once, for both engines.
 */
export const clientVersions: Migration = {
  version: 9,
  name: 'client versions',
  async up(db) {
    await db.schema.alterTable('clients').addColumn('row_version', 'integer', (c) => c.notNull().defaultTo(1)).execute()
  }
}
