import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { z } from 'zod'
import type { Client, clientFieldsSchema } from '@shared/register/client'
import type { HandoutLanguage, SkinType } from '@shared/register/vocabulary'
import { engineSql, insertRows } from '../db/engine-sql'
import { newRecordId } from '../db/record-ids'
import type { ClientTable, Database } from '../db/schema'
import { NotFoundError } from '../api/app-error'
import { clientNameFolds, clientSearchTerms } from './client-search-terms'
import { StaleClientError } from './stale-edit'

export type ClientFieldValues = z.output<typeof clientFieldsSchema>
export type Clock = () => Date

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
    const created = fieldsList.map((fields) => ({ id: newRecordId(this.clock().getTime()), fields }))
    await this.db.transaction().execute(async (trx) => {
      await insertRows(
        trx,
        'clients',
        created.map(({ id, fields }) => ({
          id,
          ...toColumns(fields),
          archived: 0,
          created_at: now,
          updated_at: now,
          last_activity_at: now
        }))
      )
      await writeSearchTerms(trx, created)
    })
    return created.map(({ id }) => id)
  }

  /** Saves new details over `version`; refused with StaleClientError when the client was saved since. */
  async update(id: string, fields: ClientFieldValues, version: number): Promise<Client> {
    const now = this.clock().toISOString()
    await this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('clients')
        .set((eb) => ({ ...toColumns(fields), updated_at: now, last_activity_at: now, row_version: eb('row_version', '+', 1) }))
        .where('id', '=', id)
        .where('row_version', '=', version)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n) {
        const current = await trx.selectFrom('clients').select('row_version').where('id', '=', id).executeTakeFirst()
        throw current ? new StaleClientError(id, current.row_version) : clientNotFound(id)
      }
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

  /** The clients with these ids, by id, in one query (a day's visits, however many). */
  async getMany(ids: readonly string[]): Promise<Map<string, Client>> {
    if (ids.length === 0) return new Map()
    const rows = await this.db.selectFrom('clients').selectAll().where('id', 'in', [...ids]).execute()
    return new Map(rows.map((row) => [row.id, toClient(row)]))
  }

  /** Clients by most recent activity. */
  async list(options: { includeArchived: boolean; limit: number; offset: number }): Promise<Client[]> {
    return recentClients(this.db, options)
  }

  /**
   * The clients not archived are all of them less the archived few: SQLite counts a whole table
   * from its smallest index at once (0.1 ms at 100,000 clients), while counting those not
   * archived walked 100,000 index entries (10 to 100 ms, the slowest call of the desk's first screen).
   */
  async count(options: { includeArchived: boolean } = { includeArchived: true }): Promise<number> {
    const all = await this.countWhere()
    return options.includeArchived ? all : all - (await this.countWhere(1))
  }

  private async countWhere(archived?: 0 | 1): Promise<number> {
    let query = this.db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('count'))
    if (archived !== undefined) query = query.where('archived', '=', archived)
    const row = await query.executeTakeFirstOrThrow()
    return Number(row.count)
  }

  /** Marks activity (treatments recorded) so the clients rank first in searches. */
  async touch(trx: Transaction<Database>, ids: readonly string[], at: string): Promise<void> {
    await trx
      .updateTable('clients')
      .set({ last_activity_at: at })
      .where('id', 'in', engineSql(trx).texts(ids))
      .where('last_activity_at', '<', at)
      .execute()
  }
}

/**
 * Clients by most recent activity, read straight off the index in that order. Left to
 * itself, SQLite picks the index on (archived, last_activity_at) and sorts every client of
 * the same last activity by id: 10,000 of them when a batch was recorded at once.
 *
 * The page's ids are found in the index alone, which holds everything the order and the
 * filter need, and only then are those rows read: a page deep in the register skips its
 * offset through the index rather than through every client row before it (a cold page
 * at 99,000 of 100,000 clients took 49 ms that way, 5 ms this way). Active clients only,
 * the everyday list, have a narrow index of their own (migration 11).
 */
export async function recentClients(
  db: Kysely<Database>,
  options: { includeArchived: boolean; limit: number; offset: number }
): Promise<Client[]> {
  const { rows } = await sql<Selectable<ClientTable>>`
    select * from clients where id in (
      select id from clients ${engineSql(db).indexedBy(options.includeArchived ? 'clients_by_recent_activity' : 'clients_by_activity_then_id')}
      ${options.includeArchived ? sql`` : sql`where archived = 0`}
      order by last_activity_at desc, id
      limit ${options.limit} offset ${options.offset})
    order by last_activity_at desc, id`.execute(db)
  return rows.map(toClient)
}

export function clientNotFound(id: string): NotFoundError {
  return new NotFoundError(`No client with id ${id} is in the register.`)
}

async function writeSearchTerms(
  trx: Transaction<Database>,
  clients: { id: string; fields: ClientFieldValues }[]
): Promise<void> {
  const rows = clients.flatMap(({ id, fields }) => clientSearchTerms(fields).map((term) => ({ term, client_id: id })))
  // Sorted into the index's order first, so that adding many clients fills each page of the
  // term index in one pass rather than dirtying pages all over it at random (and writing
  // each of them many times).
  rows.sort((a, b) => compareText(a.term, b.term) || compareText(a.client_id, b.client_id))
  await insertRows(trx, 'client_search_terms', rows)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
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
    lastActivityAt: row.last_activity_at,
    version: row.row_version
  }
}
