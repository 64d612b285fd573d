import type { Kysely, Selectable } from 'kysely'
import type { PhotoConsent } from '@shared/consent/consent-form'
import type { ConsentEntry } from '@shared/consent/consent-record'
import type { TreatedZone } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { words } from '@shared/words/words'
import { NotFoundError } from '../api/app-error'
import type { ConsentTable, Database } from '../db/schema'

/** A consent entry with the packed content of its PDF. */
export interface StoredConsent {
  entry: ConsentEntry
  content: string
  contentSha256: string
}

/** Signed consents, kept as signed: never changed, and gone only with their client. */
export class ConsentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Keeps a signed consent, and its photo choice as the client's latest. */
  async add({ entry, content, contentSha256 }: StoredConsent): Promise<void> {
    await this.db
      .insertInto('consents')
      .values({
        id: entry.id,
        client_id: entry.clientId,
        screening_id: entry.screeningId,
        form_version: entry.formVersion,
        language: entry.language,
        paper: entry.paper,
        device: entry.device,
        radiofrequency: entry.radiofrequency ? 1 : 0,
        zones: JSON.stringify(entry.zones),
        screening_outcome: entry.screeningOutcome,
        photo_consent: entry.photoConsent,
        practitioner: entry.practitioner,
        signed_at_local: entry.signedAt,
        time_zone: entry.timeZone,
        produced_by: entry.producedBy,
        produced_at: entry.producedAt,
        sha256: entry.sha256,
        content_sha256: contentSha256,
        layout_version: entry.layoutVersion,
        content
      })
      .execute()
    await this.db.updateTable('clients').set({ photo_consent: entry.photoConsent }).where('id', '=', entry.clientId).execute()
  }

  async get(id: string): Promise<StoredConsent> {
    const row = await this.db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(words('consent.missing'))
    return { entry: toEntry(row), content: row.content, contentSha256: row.content_sha256 }
  }

  /** A client's consents, newest signature first. */
  async listForClient(clientId: string): Promise<ConsentEntry[]> {
    const rows = await this.db
      .selectFrom('consents')
      .select(ENTRY_COLUMNS)
      .where('client_id', '=', clientId)
      .orderBy('signed_at_local', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return rows.map(toEntry)
  }

  async photoConsentOf(clientId: string): Promise<PhotoConsent | null> {
    const row = await this.db.selectFrom('clients').select('photo_consent').where('id', '=', clientId).executeTakeFirst()
    return row?.photo_consent ?? null
  }
}

const ENTRY_COLUMNS = [
  'id', 'client_id', 'screening_id', 'form_version', 'language', 'paper', 'device', 'radiofrequency', 'zones', 'screening_outcome',
  'photo_consent', 'practitioner', 'signed_at_local', 'time_zone', 'produced_by', 'produced_at', 'sha256', 'layout_version'
] as const

function toEntry(row: Pick<Selectable<ConsentTable>, (typeof ENTRY_COLUMNS)[number]>): ConsentEntry {
  return {
    id: row.id,
    clientId: row.client_id,
    screeningId: row.screening_id,
    formVersion: row.form_version,
    language: row.language as HandoutLanguage,
    paper: row.paper,
    device: row.device,
    radiofrequency: row.radiofrequency === 1,
    zones: JSON.parse(row.zones) as TreatedZone[],
    screeningOutcome: row.screening_outcome,
    photoConsent: row.photo_consent,
    practitioner: row.practitioner,
    signedAt: row.signed_at_local,
    timeZone: row.time_zone,
    producedBy: row.produced_by,
    producedAt: row.produced_at,
    sha256: row.sha256,
    layoutVersion: row.layout_version
  }
}
