import type { Kysely, Selectable } from 'kysely'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutKind, HandoutLogEntry } from '@shared/handouts/handout-kinds'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { NotFoundError } from '../api/app-error'
import type { Database, HandoutLogTable } from '../db/schema'

export type NewLogEntry = Omit<HandoutLogEntry, 'id'> & { id: string; printedDetails: string }

/** The append-only record of what each patient was given. */
export class HandoutLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(entry: NewLogEntry): Promise<HandoutLogEntry> {
    await this.db
      .insertInto('handout_log')
      .values({
        id: entry.id,
        treatment_id: entry.treatmentId,
        client_id: entry.clientId,
        kind: entry.kind,
        protocol_version: entry.protocolVersion,
        language: entry.language,
        paper: entry.paper,
        produced_at: entry.producedAt,
        produced_by: entry.producedBy,
        sha256: entry.sha256,
        printed_details: entry.printedDetails,
        reprint_of: entry.reprintOf
      })
      .execute()
    return (await this.get(entry.id)).entry
  }

  async get(id: string): Promise<{ entry: HandoutLogEntry; printedDetails: string }> {
    const row = await this.db.selectFrom('handout_log').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(`No handout with id ${id} is in the handout log.`)
    return { entry: toEntry(row), printedDetails: row.printed_details }
  }

  /** What a client was given, newest first. */
  async listForClient(clientId: string): Promise<HandoutLogEntry[]> {
    const rows = await this.db
      .selectFrom('handout_log')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('produced_at', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return rows.map(toEntry)
  }
}

function toEntry(row: Selectable<HandoutLogTable>): HandoutLogEntry {
  return {
    id: row.id,
    treatmentId: row.treatment_id,
    clientId: row.client_id,
    kind: row.kind as HandoutKind,
    protocolVersion: row.protocol_version,
    language: row.language as HandoutLanguage,
    paper: row.paper as PaperSize | null,
    producedAt: row.produced_at,
    producedBy: row.produced_by,
    sha256: row.sha256,
    reprintOf: row.reprint_of
  }
}
