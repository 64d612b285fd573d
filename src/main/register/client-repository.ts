import type { Kysely, Selectable, Transaction } from 'kysely'
import { ulid } from 'ulid'
import type { z } from 'zod'
import type { Client, clientFieldsSchema } from '../../shared/register/client'
import type { HandoutLanguage, SkinType } from '../../shared/register/vocabulary'
import type { ClientTable, Database } from '../db/schema'
import { NotFoundError } from '../api/app-error'
import { batches } from '../db/batches'
import { clientNameFolds, clientSearchTerms } from './client-search-terms'

export type ClientFieldValues = z.output<typeof clientFieldsSchema>
export type Clock = () => Date

// SQLite takes at most 32,766 parameters in one statement.
const ROWS_PER_CLIENT_INSERT = 2000
const ROWS_PER_TERM_INSERT = 16000

/** Stores clients and keeps their search terms in step, each change in one transaction. */
export class ClientRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = () => new Date()
  ) {}

  async create(fields: ClientFieldValues): Promise<Client> {
    const [id] = await this.createMany([fields])
    return this.get(id as string)
  }

  /** Adds many clients in one transaction (demo data, imports); returns their ids in order. */
  async createMany(fieldsList: ClientFieldValues[]): Promise<string[]> {
    const now = this.clock().toISOString()
    const created = fieldsList.map((fields) => ({ id: ulid(this.clock().getTime()), fields }))
    await this.db.transaction().execute(async (trx) => {
      for (const batch of batches(created, ROWS_PER_CLIENT_INSERT)) {
        await trx
          .insertInto('clients')
          .values(
            batch.map(({ id, fields }) => ({
              id,
              ...toColumns(fields),
              archived: 0,
              created_at: now,
              updated_at: now,
              last_activity_at: now
            }))
          )
          .execute()
      }
      await writeSearchTerms(trx, created)
    })
    return created.map(({ id }) => id)
  }

  async update(id: string, fields: ClientFieldValues): Promise<Client> {
    const now = this.clock().toISOString()
    await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('clients')
        .set({ ...toColumns(fields), updated_at: now, last_activity_at: now })
        .where('id', '=', id)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw clientNotFound(id)
      await trx.deleteFrom('client_search_terms').where('client_id', '=', id).execute()
      await writeSearchTerms(trx, [{ id, fields }])
    })
    return this.get(id)
  }

  async setArchived(id: string, archived: boolean): Promise<Client> {
    const result = await this.db
      .updateTable('clients')
      .set({ archived: archived ? 1 : 0, updated_at: this.clock().toISOString() })
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw clientNotFound(id)
    return this.get(id)
  }

  async get(id: string): Promise<Client> {
    const row = await this.db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw clientNotFound(id)
    return toClient(row)
  }

  /** Clients by most recent activity. */
  async list(options: { includeArchived: boolean; limit: number; offset: number }): Promise<Client[]> {
    let query = this.db.selectFrom('clients').selectAll()
    if (!options.includeArchived) query = query.where('archived', '=', 0)
    const rows = await query
      .orderBy('last_activity_at', 'desc')
      .orderBy('id')
      .limit(options.limit)
      .offset(options.offset)
      .execute()
    return rows.map(toClient)
  }

  async count(options: { includeArchived: boolean } = { includeArchived: true }): Promise<number> {
    let query = this.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count'))
    if (!options.includeArchived) query = query.where('archived', '=', 0)
    const row = await query.executeTakeFirstOrThrow()
    return Number(row.count)
  }

  /** Marks activity (a treatment recorded) so the client ranks first in searches. */
  async touch(trx: Transaction<Database>, id: string, at: string): Promise<void> {
    await trx
      .updateTable('clients')
      .set({ last_activity_at: at })
      .where('id', '=', id)
      .where('last_activity_at', '<', at)
      .execute()
  }
}

export function clientNotFound(id: string): NotFoundError {
  return new NotFoundError(`No client with id ${id} is in the register.`)
}

async function writeSearchTerms(
  trx: Transaction<Database>,
  clients: { id: string; fields: ClientFieldValues }[]
): Promise<void> {
  const rows = clients.flatMap(({ id, fields }) => clientSearchTerms(fields).map((term) => ({ term, client_id: id })))
  for (const batch of batches(rows, ROWS_PER_TERM_INSERT)) {
    await trx.insertInto('client_search_terms').values(batch).execute()
  }
}

function toColumns(fields: ClientFieldValues) {
  return {
    given_name: fields.givenName,
    family_name: fields.familyName,
    date_of_birth: fields.dateOfBirth,
    phone: fields.phone,
    email: fields.email,
    skin_type: fields.skinType,
    language: fields.language,
    notes: fields.notes,
    ...clientNameFolds(fields)
  }
}

export function toClient(row: Selectable<ClientTable>): Client {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    skinType: row.skin_type as SkinType | null,
    language: row.language as HandoutLanguage,
    notes: row.notes,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastActivityAt: row.last_activity_at
  }
}
