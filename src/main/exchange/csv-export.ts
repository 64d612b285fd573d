import Papa from 'papaparse'
import { sql, type Kysely, type Selectable } from 'kysely'
import type { ExportKind } from '@shared/contract/desktop-calls'
import type { AuditEvent } from '../audit/audit-log'
import type { ClientTable, Database } from '../db/schema'

// Excel opens UTF-8 with accents correctly only when the file starts with a byte order mark.
const BYTE_ORDER_MARK = '\uFEFF'
const NEWLINE = '\r\n'

/**
 * Rows read and written per slice. An export of the whole register takes seconds at 100,000
 * clients; between slices the main process answers the window's other calls, so no call
 * waits behind an export for more than one slice (at most 19 ms at 100,000 clients and
 * 300,000 treatments; slices of 500 treatments held main for up to 68 ms).
 */
export const EXPORT_SLICE_ROWS = 200

/** Lets every call that came in meanwhile run before the next slice. */
const yieldToOtherCalls = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/**
 * Rows read a slice at a time, each slice from where the last one ended (`read` is given the
 * last row read, undefined at first), letting the window's other calls run in between.
 */
async function* inSlices<Row>(read: (after: Row | undefined) => Promise<Row[]>): AsyncGenerator<Row[]> {
  let after: Row | undefined
  for (;;) {
    const rows = await read(after)
    if (rows.length > 0) yield rows
    after = rows.at(-1)
    if (!after || rows.length < EXPORT_SLICE_ROWS) return
    await yieldToOtherCalls()
  }
}

/** A piece of an export's CSV text, and how many of its rows it holds (none for the header). */
export interface CsvPart {
  text: string
  rows: number
}

/** CSV text as spreadsheets want it: quoted by papaparse, formulas defused, with a BOM; each slice written as it is read. */
async function* csvInSlices<Row>(
  fields: string[],
  slices: AsyncIterable<Row[]>,
  toCells: (slice: Row[]) => Promise<unknown[][]>
): AsyncGenerator<CsvPart> {
  yield { text: BYTE_ORDER_MARK + Papa.unparse([fields], { newline: NEWLINE }), rows: 0 }
  for await (const slice of slices) {
    yield { text: NEWLINE + Papa.unparse(await toCells(slice), { escapeFormulae: true, newline: NEWLINE }), rows: slice.length }
  }
}

/** A whole export as one text, for the admin CLI and the contract's call. */
export async function joinCsv(parts: AsyncIterable<CsvPart>): Promise<{ csv: string; rows: number }> {
  const texts: string[] = []
  let rows = 0
  for await (const part of parts) {
    texts.push(part.text)
    rows += part.rows
  }
  return { csv: texts.join(''), rows }
}

const CLIENT_FIELDS = [
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

/** Every client, archived ones included, oldest first (ids are made in time order). */
export function clientsCsv(db: Kysely<Database>): AsyncGenerator<CsvPart> {
  const slices = inSlices((after: Selectable<ClientTable> | undefined) =>
    db
      .selectFrom('clients')
      .selectAll()
      .$if(after !== undefined, (query) => query.where('id', '>', after?.id as string))
      .orderBy('id')
      .limit(EXPORT_SLICE_ROWS)
      .execute()
  )
  return csvInSlices(CLIENT_FIELDS, slices, async (clients) =>
    clients.map((client) => [
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
  )
}

const TREATMENT_FIELDS = [
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

/** Every treatment with its zones as "zone=depth" pairs, in the order they happened. */
export function treatmentsCsv(db: Kysely<Database>): AsyncGenerator<CsvPart> {
  const slices = inSlices((after: TreatmentRow | undefined) => treatmentsAfter(db, after))
  return csvInSlices(TREATMENT_FIELDS, slices, async (treatments) => {
    const zones = await db
      .selectFrom('treatment_zones')
      .selectAll()
      .where(
        'treatment_id',
        'in',
        treatments.map((treatment) => treatment.id)
      )
      .orderBy('treatment_id')
      .orderBy('position')
      .execute()
    const zonesByTreatment = new Map<string, string[]>()
    for (const zone of zones) {
      const list = zonesByTreatment.get(zone.treatment_id)
      const written = `${zone.zone}=${zone.depth_hundredths_mm / 100}`
      if (list) list.push(written)
      else zonesByTreatment.set(zone.treatment_id, [written])
    }
    return treatments.map((treatment) => [
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
  })
}

type TreatmentRow = Awaited<ReturnType<typeof treatmentsAfter>>[number]

/** One slice of treatments with their clients' names, the next after `after` in time (then id) order. */
function treatmentsAfter(db: Kysely<Database>, after: { performed_at_utc: string; id: string } | undefined) {
  return db
    .selectFrom('treatments')
    .innerJoin('clients', 'clients.id', 'treatments.client_id')
    .select([
      'treatments.id',
      'treatments.client_id',
      'clients.given_name',
      'clients.family_name',
      'treatments.performed_at_local',
      'treatments.performed_at_utc',
      'treatments.time_zone',
      'treatments.practitioner',
      'treatments.device',
      'treatments.concerns',
      'treatments.products',
      'treatments.notes',
      'treatments.session_number',
      'treatments.created_at'
    ])
    .$if(after !== undefined, (query) =>
      query.where(sql<boolean>`(treatments.performed_at_utc, treatments.id) > (${after?.performed_at_utc}, ${after?.id})`)
    )
    .orderBy('treatments.performed_at_utc')
    .orderBy('treatments.id')
    .limit(EXPORT_SLICE_ROWS)
    .execute()
}

/** Each export: its parts, how many rows it will have (for progress), and its name in the audit log. */
export const CSV_EXPORTS: Record<ExportKind, { parts(db: Kysely<Database>): AsyncGenerator<CsvPart>; total(db: Kysely<Database>): Promise<number>; what: string }> = {
  clients: { parts: clientsCsv, total: (db) => countOf(db, 'clients'), what: 'clients csv' },
  treatments: { parts: treatmentsCsv, total: (db) => countOf(db, 'treatments'), what: 'treatments csv' }
}

async function countOf(db: Kysely<Database>, table: 'clients' | 'treatments'): Promise<number> {
  const { count } = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

/** How an export is written in the audit log, whichever way it left (the contract's call or a file saved by the desk). */
export function exportEvent(kind: ExportKind, rows: number): AuditEvent {
  return { action: 'export', subjectType: 'register', details: { what: CSV_EXPORTS[kind].what, rows } }
}
