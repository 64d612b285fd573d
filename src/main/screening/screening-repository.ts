import type { Kysely, Selectable } from 'kysely'
import type { TreatmentZone } from '@shared/register/vocabulary'
import type { ScreeningAnswers } from '@shared/screening/screening-answers'
import type { ScreeningReason } from '@shared/screening/screening-outcome'
import type { ScreeningRecord } from '@shared/screening/screening-record'
import { words } from '@shared/words/words'
import { NotFoundError } from '../api/app-error'
import { newRecordId } from '../db/record-ids'
import type { Database, ScreeningTable } from '../db/schema'
import type { Clock } from '../register/client-repository'

/** Visits' screenings as answered: kept as they were, so what the desk was told can always be shown. */
export class ScreeningRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = () => new Date()
  ) {}

  async add(screening: Omit<ScreeningRecord, 'id' | 'recordedAt'>): Promise<ScreeningRecord> {
    const now = this.clock()
    const id = newRecordId(now.getTime())
    await this.db
      .insertInto('screenings')
      .values({
        id,
        client_id: screening.clientId,
        visit_at_local: screening.visitAt,
        time_zone: screening.timeZone,
        device: screening.device,
        radiofrequency: screening.radiofrequency ? 1 : 0,
        zones: JSON.stringify(screening.zones),
        questionnaire_version: screening.questionnaireVersion,
        answers: JSON.stringify(screening.answers),
        outcome: screening.outcome,
        reasons: JSON.stringify(screening.reasons),
        not_before: screening.notBefore,
        recorded_by: screening.recordedBy,
        recorded_at: now.toISOString()
      })
      .execute()
    return this.get(id)
  }

  async get(id: string): Promise<ScreeningRecord> {
    const row = await this.db.selectFrom('screenings').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(words('screening.missing'))
    return toScreening(row)
  }

  /** A client's screenings, newest visit first. */
  async listForClient(clientId: string): Promise<ScreeningRecord[]> {
    const rows = await this.db
      .selectFrom('screenings')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('visit_at_local', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return rows.map(toScreening)
  }
}

function toScreening(row: Selectable<ScreeningTable>): ScreeningRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    visitAt: row.visit_at_local,
    timeZone: row.time_zone,
    device: row.device,
    radiofrequency: row.radiofrequency === 1,
    zones: JSON.parse(row.zones) as TreatmentZone[],
    questionnaireVersion: row.questionnaire_version,
    answers: JSON.parse(row.answers) as ScreeningAnswers,
    outcome: row.outcome,
    reasons: JSON.parse(row.reasons) as ScreeningReason[],
    notBefore: row.not_before,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at
  }
}
