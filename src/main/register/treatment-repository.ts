import type { Insertable, Kysely, Selectable, Transaction } from 'kysely'
import type { z } from 'zod'
import type { TreatmentSuggestions, TreatmentWithClient } from '@shared/contract/calls'
import { dayBoundsInstants, localDateTimeToInstant } from '@shared/dates/calendar-date'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import type { Client } from '@shared/register/client'
import type { Treatment, treatmentFieldsSchema } from '@shared/register/treatment'
import type { TreatmentScreening } from '@shared/screening/screening-decision'
import type { TreatmentConcern, TreatmentZone } from '@shared/register/vocabulary'
import { NotFoundError } from '../api/app-error'
import type { Database, TreatmentTable, TreatmentZoneTable } from '../db/schema'
import { engineSql, insertRows } from '../db/engine-sql'
import { newRecordId } from '../db/record-ids'
import { moveRecallWindows } from '../recalls/recall-windows'
import { clientNotFound, type ClientRepository, type Clock } from './client-repository'
import { words } from '@shared/words/words'

export type TreatmentFieldValues = z.output<typeof treatmentFieldsSchema>
/** What the register keeps of a treatment's fields; its screening comes checked, apart (VisitScreening). */
export type TreatmentRecordFields = Omit<TreatmentFieldValues, 'screeningId' | 'screeningDecision'>

const SUGGESTIONS_PER_LIST = 30

/** The protocol in use, which the recall windows of new treatments follow. */
export interface ProtocolInUse {
  current(): Promise<{ protocol: AftercareProtocol }>
}

/** Stores treatments with their zones; recording one marks the client as recently active and moves their recall window. */
export class TreatmentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clients: ClientRepository,
    private readonly protocols: ProtocolInUse,
    private readonly clock: Clock = () => new Date()
  ) {}

  /** `screening` as VisitScreening checked it; null for a treatment recorded without one. */
  async create(fields: TreatmentRecordFields, screening: TreatmentScreening | null = null): Promise<Treatment> {
    const [id] = await this.insert([{ fields, screening }])
    return this.get(id as string)
  }

  /** Records many treatments (back-entered, imported or demo data: none screened) in one transaction; returns their ids in order. */
  async createMany(fieldsList: TreatmentRecordFields[]): Promise<string[]> {
    return this.insert(fieldsList.map((fields) => ({ fields, screening: null })))
  }

  private async insert(entries: { fields: TreatmentRecordFields; screening: TreatmentScreening | null }[]): Promise<string[]> {
    const fieldsList = entries.map((entry) => entry.fields)
    const now = this.clock().toISOString()
    const created = entries.map((entry) => ({ id: newRecordId(this.clock().getTime()), ...entry }))
    const { protocol } = await this.protocols.current()
    await this.db.transaction().execute(async (trx) => {
      const clientIds = [...new Set(fieldsList.map((fields) => fields.clientId))]
      const found = await trx
        .selectFrom('clients')
        .select('id')
        .where('id', 'in', engineSql(trx).texts(clientIds))
        .execute()
      const foundIds = new Set(found.map((row) => row.id))
      const missing = clientIds.find((id) => !foundIds.has(id))
      if (missing) throw clientNotFound(missing)
      const rows = created.map(toTreatmentRow(now))
      await insertRows(trx, 'treatments', rows)
      await insertRows(
        trx,
        'treatment_zones',
        created.flatMap(({ id, fields }) =>
          fields.zones.map((zone, position) => ({
            treatment_id: id,
            position,
            zone: zone.zone,
            depth_hundredths_mm: Math.round(zone.depthMm * 100)
          }))
        )
      )
      await this.clients.touch(trx, clientIds, now)
      await rememberChoices(trx, fieldsList, now)
      await moveRecallWindows(
        trx,
        created.map(({ fields }, index) => {
          const row = rows[index] as Insertable<TreatmentTable>
          return {
            client_id: row.client_id,
            treatment_id: row.id,
            performed_at_local: row.performed_at_local,
            time_zone: row.time_zone,
            performed_at_utc: row.performed_at_utc,
            deepest_hundredths_mm: Math.max(...fields.zones.map((zone) => Math.round(zone.depthMm * 100)))
          }
        }),
        protocol
      )
    })
    return created.map(({ id }) => id)
  }

  async get(id: string): Promise<Treatment> {
    const row = await this.db.selectFrom('treatments').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new NotFoundError(words('register.treatmentMissing', { id }))
    const [treatment] = await this.withZones([row])
    return treatment as Treatment
  }

  /** A client's treatments, newest first. */
  async listForClient(clientId: string): Promise<Treatment[]> {
    await this.clients.get(clientId)
    const rows = await this.db
      .selectFrom('treatments')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('performed_at_utc', 'desc')
      .orderBy('id', 'desc')
      .execute()
    return this.withZones(rows)
  }

  /** Treatments performed on a local day, newest first, each with its client. */
  async listForDay(date: string, timeZone: string): Promise<TreatmentWithClient[]> {
    const { start, end } = dayBoundsInstants(date, timeZone)
    const rows = await this.db
      .selectFrom('treatments')
      .selectAll()
      .where('performed_at_utc', '>=', start)
      .where('performed_at_utc', '<', end)
      .orderBy('performed_at_utc', 'desc')
      .orderBy('id', 'desc')
      .execute()
    const treatments = await this.withZones(rows)
    const clients = await this.clients.getMany([...new Set(rows.map((row) => row.client_id))])
    return treatments.map((treatment) => ({ treatment, client: clients.get(treatment.clientId) as Client }))
  }

  /** Practitioners and devices the clinic has recorded, most recently used first. */
  async suggestions(): Promise<TreatmentSuggestions> {
    const recentValues = async (kind: 'practitioner' | 'device'): Promise<string[]> => {
      const rows = await this.db
        .selectFrom('treatment_choices')
        .select('value')
        .where('kind', '=', kind)
        .orderBy('last_used_at', 'desc')
        .orderBy('value')
        .limit(SUGGESTIONS_PER_LIST)
        .execute()
      return rows.map((row) => row.value)
    }
    return { practitioners: await recentValues('practitioner'), devices: await recentValues('device') }
  }

  private async withZones(rows: Selectable<TreatmentTable>[]): Promise<Treatment[]> {
    if (rows.length === 0) return []
    const zones = await this.db
      .selectFrom('treatment_zones')
      .selectAll()
      .where(
        'treatment_id',
        'in',
        rows.map((row) => row.id)
      )
      .orderBy('treatment_id')
      .orderBy('position')
      .execute()
    const zonesByTreatment = new Map<string, Selectable<TreatmentZoneTable>[]>()
    for (const zone of zones) {
      const list = zonesByTreatment.get(zone.treatment_id)
      if (list) list.push(zone)
      else zonesByTreatment.set(zone.treatment_id, [zone])
    }
    return rows.map((row) => toTreatment(row, zonesByTreatment.get(row.id) ?? []))
  }
}

/** Keeps each practitioner and device of these treatments in treatment_choices, as used at `at`. */
async function rememberChoices(trx: Transaction<Database>, fieldsList: TreatmentRecordFields[], at: string): Promise<void> {
  const choices = new Map<string, { kind: 'practitioner' | 'device'; value: string; last_used_at: string }>()
  for (const { practitioner, device } of fieldsList) {
    if (practitioner) choices.set(`p ${practitioner}`, { kind: 'practitioner', value: practitioner, last_used_at: at })
    if (device) choices.set(`d ${device}`, { kind: 'device', value: device, last_used_at: at })
  }
  if (choices.size === 0) return
  await trx
    .insertInto('treatment_choices')
    .values([...choices.values()])
    .onConflict((conflict) => conflict.columns(['kind', 'value']).doUpdateSet({ last_used_at: at }))
    .execute()
}

// The instant of a local time goes through the time zone's rules, which is slow next to
// everything else in recording a treatment; a day's treatments and a batch of demo data
// repeat the same local times over and over.
const MAX_REMEMBERED_INSTANTS = 50_000
const instants = new Map<string, string>()
function instantOf(localDateTime: string, timeZone: string): string {
  const key = `${timeZone} ${localDateTime}`
  let instant = instants.get(key)
  if (instant === undefined) {
    if (instants.size >= MAX_REMEMBERED_INSTANTS) instants.clear()
    instant = localDateTimeToInstant(localDateTime, timeZone)
    instants.set(key, instant)
  }
  return instant
}

function toTreatmentRow(now: string) {
  return ({ id, fields, screening }: { id: string; fields: TreatmentRecordFields; screening: TreatmentScreening | null }): Insertable<TreatmentTable> => ({
    id,
    client_id: fields.clientId,
    performed_at_local: fields.performedAt,
    time_zone: fields.timeZone,
    performed_at_utc: instantOf(fields.performedAt, fields.timeZone),
    practitioner: fields.practitioner,
    device: fields.device,
    concerns: JSON.stringify(fields.concerns),
    products: fields.products,
    notes: fields.notes,
    session_number: fields.sessionNumber,
    created_at: now,
    screening_id: screening?.screeningId ?? null,
    screening_outcome: screening?.outcome ?? null,
    screening_decided_by: screening?.decidedBy ?? null,
    screening_decision_reason: screening?.decisionReason ?? null
  })
}

function toTreatment(row: Selectable<TreatmentTable>, zoneRows: Selectable<TreatmentZoneTable>[]): Treatment {
  const zones = zoneRows.map((zone) => ({
    zone: zone.zone as TreatmentZone,
    depthMm: zone.depth_hundredths_mm / 100
  }))
  return {
    id: row.id,
    clientId: row.client_id,
    performedAt: row.performed_at_local,
    timeZone: row.time_zone,
    practitioner: row.practitioner,
    device: row.device,
    concerns: JSON.parse(row.concerns) as TreatmentConcern[],
    zones,
    deepestDepthMm: Math.max(...zones.map((zone) => zone.depthMm)),
    products: row.products,
    notes: row.notes,
    sessionNumber: row.session_number,
    screening:
      row.screening_id && row.screening_outcome
        ? {
            screeningId: row.screening_id,
            outcome: row.screening_outcome,
            decidedBy: row.screening_decided_by,
            decisionReason: row.screening_decision_reason
          }
        : null,
    createdAt: row.created_at
  }
}
