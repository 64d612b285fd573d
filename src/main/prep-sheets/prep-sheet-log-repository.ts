import type { Kysely, Selectable } from 'kysely'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { PrepSheetFormat, PrepSheetLogEntry } from '@shared/preparation/prep-sheets'
import type { HandoutLanguage } from '@shared/register/vocabulary'
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
    const rows = await this.db
      .selectFrom('prep_sheet_log')
      .select(ENTRY_COLUMNS)
      .where('client_id', '=', clientId)
      .orderBy('produced_at', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return rows.map(toEntry)
  }
}

const ENTRY_COLUMNS = [
  'id',
  'client_id',
  'format',
  'appointment_at_local',
  'time_zone',
  'questionnaire_version',
  'language',
  'paper',
  'produced_at',
  'produced_by',
  'sha256',
  'content_sha256',
  'layout_version'
] as const

function toEntry(row: Pick<Selectable<PrepSheetLogTable>, (typeof ENTRY_COLUMNS)[number]>): PrepSheetLogEntry {
  return {
    id: row.id,
    clientId: row.client_id,
    format: row.format as PrepSheetFormat,
    appointmentAt: row.appointment_at_local,
    timeZone: row.time_zone,
    questionnaireVersion: row.questionnaire_version,
    language: row.language as HandoutLanguage,
    paper: row.paper as PaperSize | null,
    producedAt: row.produced_at,
    producedBy: row.produced_by,
    sha256: row.sha256,
    contentSha256: row.content_sha256,
    layoutVersion: row.layout_version
  }
}
