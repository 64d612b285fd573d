import type { Kysely, Selectable } from 'kysely'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutKind, HandoutLogEntry } from '@shared/handouts/handout-kinds'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { NotFoundError } from '../api/app-error'
import type { Database, HandoutLogTable } from '../db/schema'

/** A new line of the log, with the content it printed (packed, stored-content.ts) when it is an original. */
export type NewLogEntry = HandoutLogEntry & { content: string | null }

/** A logged entry with what the log keeps to print it again. */
export interface StoredEntry {
  entry: HandoutLogEntry
  /** The packed content; null on reprints and on entries logged before content was kept. */
  content: string | null
  /** Only on entries logged before content was kept: the client and clinic details as printed, as JSON. */
  printedDetails: string
}

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
        printed_details: '',
        reprint_of: entry.reprintOf,
        content: entry.content,
        content_sha256: entry.contentSha256,
        layout_version: entry.layoutVersion,
        reprint: entry.reprint
      })
      .execute()
    return (await this.get(entry.id)).entry
  }

  async get(id: string): Promise<StoredEntry> {
    const row = await this.db.selectFrom('handout_log').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(`No handout with id ${id} is in the handout log.`)
    return { entry: toEntry(row), content: row.content, printedDetails: row.printed_details }
  }

  /**
   * Keeps the content rebuilt for an entry logged before content was kept, once it has been
   * checked to give the very file logged. Nothing else of an entry ever changes.
   */
  async keepRebuiltContent(id: string, content: string, contentSha256: string, layoutVersion: number): Promise<void> {
    await this.db
      .updateTable('handout_log')
      .set({ content, content_sha256: contentSha256, layout_version: layoutVersion })
      .where('id', '=', id)
      .where('content', 'is', null)
      .execute()
  }

  /** Originals logged before content was kept whose content has not been rebuilt yet, by id after `after`. */
  async idsWithoutContent(after: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('handout_log')
      .select('id')
      .where('content', 'is', null)
      .where('reprint_of', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute()
    return rows.map((row) => row.id)
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
    contentSha256: row.content_sha256,
    layoutVersion: row.layout_version,
    reprintOf: row.reprint_of,
    reprint: row.reprint
  }
}
