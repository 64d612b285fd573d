import Papa from 'papaparse'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

// Excel opens UTF-8 with accents correctly only when the file starts with a byte order mark.
const BYTE_ORDER_MARK = '\uFEFF'

/** CSV text as spreadsheets want it: quoted by papaparse, formulas defused, with a BOM. */
function toCsv(fields: string[], rows: unknown[][]): string {
  return BYTE_ORDER_MARK + Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' })
}

/** Every client, archived ones included, oldest first. */
export async function clientsCsv(db: Kysely<Database>): Promise<{ csv: string; rows: number }> {
  const clients = await db.selectFrom('clients').selectAll().orderBy('created_at').orderBy('id').execute()
  const fields = [
    'id',
    'given_name',
    'family_name',
    'date_of_birth',
    'phone',
    'email',
    'skin_type',
    'language',
    'notes',
    'archived',
    'created_at',
    'updated_at'
  ]
  const rows = clients.map((client) => [
    client.id,
    client.given_name,
    client.family_name,
    client.date_of_birth,
    client.phone,
    client.email,
    client.skin_type,
    client.language,
    client.notes,
    client.archived === 1 ? 'yes' : 'no',
    client.created_at,
    client.updated_at
  ])
  return { csv: toCsv(fields, rows), rows: rows.length }
}

/** Every treatment with its zones as "zone=depth" pairs, in the order they happened. */
export async function treatmentsCsv(db: Kysely<Database>): Promise<{ csv: string; rows: number }> {
  const treatments = await db
    .selectFrom('treatments')
    .innerJoin('clients', 'clients.id', 'treatments.client_id')
    .select([
      'treatments.id',
      'treatments.client_id',
      'clients.given_name',
      'clients.family_name',
      'treatments.performed_at_local',
      'treatments.time_zone',
      'treatments.practitioner',
      'treatments.device',
      'treatments.concerns',
      'treatments.products',
      'treatments.notes',
      'treatments.session_number',
      'treatments.created_at'
    ])
    .orderBy('treatments.performed_at_utc')
    .orderBy('treatments.id')
    .execute()
  const zones = await db.selectFrom('treatment_zones').selectAll().orderBy('treatment_id').orderBy('position').execute()
  const zonesByTreatment = new Map<string, string[]>()
  for (const zone of zones) {
    const list = zonesByTreatment.get(zone.treatment_id) ?? []
    list.push(`${zone.zone}=${zone.depth_hundredths_mm / 100}`)
    zonesByTreatment.set(zone.treatment_id, list)
  }
  const fields = [
    'id',
    'client_id',
    'client_given_name',
    'client_family_name',
    'performed_at',
    'time_zone',
    'zones_mm',
    'practitioner',
    'device',
    'concerns',
    'products',
    'notes',
    'session_number',
    'created_at'
  ]
  const rows = treatments.map((treatment) => [
    treatment.id,
    treatment.client_id,
    treatment.given_name,
    treatment.family_name,
    treatment.performed_at_local,
    treatment.time_zone,
    (zonesByTreatment.get(treatment.id) ?? []).join('; '),
    treatment.practitioner,
    treatment.device,
    (JSON.parse(treatment.concerns) as string[]).join('; '),
    treatment.products,
    treatment.notes,
    treatment.session_number,
    treatment.created_at
  ])
  return { csv: toCsv(fields, rows), rows: rows.length }
}
