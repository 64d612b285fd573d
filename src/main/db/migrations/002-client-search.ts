import { sql } from 'kysely'
import { clientNameFolds, clientSearchTerms } from '../../register/client-search-terms'
import type { Migration } from './migration'

/** The search index: folded names for ranking and one row per searchable word. */
export const clientSearch: Migration = {
  version: 2,
  name: 'client search',
  async up(db) {
    await db.schema.alterTable('clients').addColumn('name_fold', 'text', (c) => c.notNull().defaultTo('')).execute()
    await db.schema
      .alterTable('clients')
      .addColumn('name_fold_reversed', 'text', (c) => c.notNull().defaultTo(''))
      .execute()
    // WITHOUT ROWID keeps the terms in one b-tree ordered by term: a prefix is one range scan.
    await sql`create table client_search_terms (
      term text not null,
      client_id text not null references clients(id) on delete cascade,
      primary key (term, client_id)
    ) without rowid`.execute(db)
    await db.schema.createIndex('client_search_terms_by_client').on('client_search_terms').column('client_id').execute()

    const clients = await db
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'date_of_birth', 'phone', 'email'])
      .execute()
    for (const client of clients) {
      const fields = {
        givenName: client.given_name,
        familyName: client.family_name,
        dateOfBirth: client.date_of_birth,
        phone: client.phone,
        email: client.email
      }
      await db.updateTable('clients').set(clientNameFolds(fields)).where('id', '=', client.id).execute()
      const terms = clientSearchTerms(fields)
      await db
        .insertInto('client_search_terms')
        .values(terms.map((term) => ({ term, client_id: client.id })))
        .execute()
    }
  }
}
