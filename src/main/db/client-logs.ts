import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { Database } from './schema'

/** The logs of what each client was given: handouts, calendars and preparation sheets. */
export type ClientLogTable = 'handout_log' | 'prep_sheet_log'

/**
 * A client's entries of a log, newest first (ties by id, so entries made in the same millisecond
 * keep their order); select the columns to list on it. Both logs are indexed by client.
 */
export function clientLogNewestFirst<Table extends ClientLogTable>(
  db: Kysely<Database>,
  table: Table,
  clientId: string
): SelectQueryBuilder<Database, Table, object> {
  // Typed per table by the signature: a query over the union of both tables would mix their column types.
  const query = db
    .selectFrom(table as ClientLogTable)
    .where('client_id', '=', clientId)
    .orderBy('produced_at', 'desc')
    .orderBy('id', 'desc')
  return query as unknown as SelectQueryBuilder<Database, Table, object>
}

/** The columns every log entry has: what was given, to whom, in which language and paper, when, by whom, and its file's hash. */
export const GIVEN_COLUMNS = ['id', 'client_id', 'language', 'paper', 'produced_at', 'produced_by', 'sha256'] as const

type GivenRow = { [Column in (typeof GIVEN_COLUMNS)[number]]: Database[ClientLogTable][Column] }

/** The part of a log entry every log has, from its row. */
export function givenFacts(row: GivenRow) {
  return {
    id: row.id,
    clientId: row.client_id,
    language: row.language as HandoutLanguage,
    paper: row.paper as PaperSize | null,
    producedAt: row.produced_at,
    producedBy: row.produced_by,
    sha256: row.sha256
  }
}
