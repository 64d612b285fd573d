import type { Kysely, Selectable } from 'kysely'
import type { PrepSheetFormat, PrepSheetLogEntry } from '@shared/preparation/prep-sheets'
import { clientLogNewestFirst, givenFacts, GIVEN_COLUMNS } from '../db/client-logs'
import type { Database, PrepSheetLogTable } from '../db/schema'

/** The append-only record of the preparation sheets and calendar files given to patients. */
export class PrepSheetLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Adds an entry with the content it printed (packed, stored-content.ts). */
  async add(entry: PrepSheetLogEntry, content: string): Promise<PrepSheetLogEntry> {
    await this.db
      .insertInto('prep_sheet_log')
      .values({
        id: entry.id,
        client_id: entry.clientId,
        format: entry.format,
        appointment_at_local: entry.appointmentAt,
        time_zone: entry.timeZone,
        questionnaire_version: entry.questionnaireVersion,
        language: entry.language,
        paper: entry.paper,
        produced_at: entry.producedAt,
        produced_by: entry.producedBy,
        sha256: entry.sha256,
        content_sha256: entry.contentSha256,
        layout_version: entry.layoutVersion,
        content
      })
      .execute()
    return entry
  }

  /** What a client was given, newest first. */
  async listForClient(clientId: string): Promise<PrepSheetLogEntry[]> {
    const rows = await clientLogNewestFirst(this.db, 'prep_sheet_log', clientId).select(ENTRY_COLUMNS).execute()
    return rows.map(toEntry)
  }
}

const ENTRY_COLUMNS = [...GIVEN_COLUMNS, 'format', 'appointment_at_local', 'time_zone', 'questionnaire_version', 'content_sha256', 'layout_version'] as const

function toEntry(row: Pick<Selectable<PrepSheetLogTable>, (typeof ENTRY_COLUMNS)[number]>): PrepSheetLogEntry {
  return {
    ...givenFacts(row),
    format: row.format as PrepSheetFormat,
    appointmentAt: row.appointment_at_local,
    timeZone: row.time_zone,
    questionnaireVersion: row.questionnaire_version,
    contentSha256: row.content_sha256,
    layoutVersion: row.layout_version
  }
}
