import type { Kysely, Selectable } from 'kysely'
import type { HandoutKind, HandoutLogEntry } from '@shared/handouts/handout-kinds'
import { words } from '@shared/words/words'
import { NotFoundError } from '../api/app-error'
import { clientLogNewestFirst, givenFacts, GIVEN_COLUMNS } from '../db/client-logs'
import type { Database, HandoutLogTable } from '../db/schema'

/** A new line of the log, with the content it printed (packed, stored-content.ts) when it is an original. */
export type NewLogEntry = HandoutLogEntry & { content: string | null }

/** A logged entry with what the log keeps to print it again. */
export interface StoredEntry {
  entry: HandoutLogEntry
  /** The packed content; null on reprints and on entries logged before content was kept. */
  content: string | null
  /** Entries logged before content was kept, until it is rebuilt: the client and clinic details as printed, as JSON. */
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
    if (!row) throw new NotFoundError(words('handout.missing', { id }))
    return { entry: toEntry(row), content: row.content, printedDetails: row.printed_details }
  }

  /**
   * Keeps the content rebuilt for an entry logged before content was kept, once it has been
   * checked to give the very file logged, and empties the details it was rebuilt from (and its
   * reprints' copies): the content holds what was printed, and nothing more of the client is
   * needed. Nothing else of an entry ever changes.
   */
  async keepRebuiltContent(id: string, content: string, contentSha256: string, layoutVersion: number): Promise<boolean> {
    const kept = await this.db
      .updateTable('handout_log')
      .set({ content, content_sha256: contentSha256, layout_version: layoutVersion, printed_details: '', rebuild_refused: null })
      .where('id', '=', id)
      .where('content', 'is', null)
      .executeTakeFirst()
    await this.db.updateTable('handout_log').set({ printed_details: '' }).where('reprint_of', '=', id).execute()
    return kept.numUpdatedRows > 0n
  }

  /** Notes why an earlier entry's content could not be rebuilt, so later starts leave it be. */
  async refuseRebuild(id: string, reason: string): Promise<void> {
    await this.db.updateTable('handout_log').set({ rebuild_refused: reason }).where('id', '=', id).where('content', 'is', null).execute()
  }

  /** Originals logged before content was kept, not yet rebuilt nor refused, by id after `after`. */
  async idsToRebuild(after: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('handout_log')
      .select('id')
      .where('content', 'is', null)
      .where('reprint_of', 'is', null)
      .where('rebuild_refused', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(limit)
      .execute()
    return rows.map((row) => row.id)
  }

  /** What a client was given, newest first. */
  async listForClient(clientId: string): Promise<HandoutLogEntry[]> {
    const rows = await clientLogNewestFirst(this.db, 'handout_log', clientId).select(ENTRY_COLUMNS).execute()
    return rows.map(toEntry)
  }
}

/** The columns of an entry as listed, without the content and details it was printed from. */
const ENTRY_COLUMNS = [...GIVEN_COLUMNS, 'treatment_id', 'kind', 'protocol_version', 'content_sha256', 'layout_version', 'reprint_of', 'reprint'] as const

function toEntry(row: Pick<Selectable<HandoutLogTable>, (typeof ENTRY_COLUMNS)[number]>): HandoutLogEntry {
  return {
    ...givenFacts(row),
    treatmentId: row.treatment_id,
    kind: row.kind as HandoutKind,
    protocolVersion: row.protocol_version,
    contentSha256: row.content_sha256,
    layoutVersion: row.layout_version,
    reprintOf: row.reprint_of,
    reprint: row.reprint
  }
}
