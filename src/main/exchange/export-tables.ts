import { sql, type Kysely, type Selectable } from 'kysely'
import type { ExportKind } from '@shared/contract/desktop-calls'
import { decimalInRegion, type CsvConventions } from '@shared/clinic/spreadsheet-region'
import { words, type WordId } from '@shared/words/words'
import type { AuditEvent } from '../audit/audit-log'
import type { ClientTable, Database } from '../db/schema'

/**
 * What an export holds, whatever file it goes into: its columns, each with the kind of value
 * it holds (a CSV writes them all as text, a workbook as typed cells), and its rows read a
 * slice at a time.
 */

/**
 * Rows read and written per slice. An export of the whole register takes seconds at 100,000
 * clients; between slices the main process answers the window's other calls, so no call
 * waits behind an export for more than one slice (at most 19 ms at 100,000 clients and
 * 300,000 treatments; slices of 500 treatments held main for up to 68 ms).
 */
export const EXPORT_SLICE_ROWS = 200

/**
 * A column's values: text; a calendar date (YYYY-MM-DD); a local date and time as the clinic's
 * clock showed it (YYYY-MM-DDTHH:MM); a moment in UTC (an ISO timestamp ending in Z); a
 * decimal number (millimetres); a whole number.
 */
export type ColumnKind = 'text' | 'date' | 'local date-time' | 'timestamp' | 'decimal' | 'whole number'

type ColumnNameOf<Id> = Id extends `export.column.${infer Name}` ? Name : never
/** A column's name as the register calls it; its header is said in the desk's language (columnHeader). */
export type ExportColumnName = ColumnNameOf<WordId>

export interface ExportColumn {
  name: ExportColumnName
  kind: ColumnKind
  /** About how many characters wide its values are, for a workbook's column. */
  width: number
}

/** A value as the register holds it: dates as ISO text, numbers as numbers; null when there is none. */
export type ExportValue = string | number | null

export interface ExportTable {
  /** The worksheet's name, in the desk's language. */
  title(): string
  columns: readonly ExportColumn[]
  /** Every row, a slice at a time; text that holds numbers (a treatment's zones) writes them as the region does. */
  slices(db: Kysely<Database>, conventions: CsvConventions): AsyncGenerator<ExportValue[][]>
  /** How many rows it will have, for progress. */
  total(db: Kysely<Database>): Promise<number>
}

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

/**
 * A column's header in the desk's language. In English it is the register's own name for it
 * (given_name, deepest_mm), as the clinics' spreadsheets made from earlier exports have it.
 */
export const columnHeader = (column: ExportColumn): string => words(`export.column.${column.name}`)

const text = (name: ExportColumnName, width: number): ExportColumn => ({ name, kind: 'text', width })
const ID_WIDTH = 28
const NAME_WIDTH = 18
const NOTES_WIDTH = 40
const TIMESTAMP_WIDTH = 20

const CLIENT_COLUMNS: readonly ExportColumn[] = [
  text('id', ID_WIDTH),
  text('given_name', NAME_WIDTH),
  text('family_name', NAME_WIDTH),
  { name: 'date_of_birth', kind: 'date', width: 13 },
  text('phone', 18),
  text('email', 28),
  text('skin_type', 10),
  text('language', 10),
  text('notes', NOTES_WIDTH),
  text('archived', 10),
  { name: 'created_at', kind: 'timestamp', width: TIMESTAMP_WIDTH },
  { name: 'updated_at', kind: 'timestamp', width: TIMESTAMP_WIDTH }
]

/**
 * Every client, archived ones included, oldest first (ids are made in time order). Whether
 * archived is said in the desk's language: the import never reads that column back (an
 * imported client starts active), so any language's yes or no imports alike.
 */
async function* clientSlices(db: Kysely<Database>): AsyncGenerator<ExportValue[][]> {
  const archived = { yes: words('export.value.yes'), no: words('export.value.no') }
  const slices = inSlices((after: Selectable<ClientTable> | undefined) =>
    db
      .selectFrom('clients')
      .selectAll()
      .$if(after !== undefined, (query) => query.where('id', '>', after?.id as string))
      .orderBy('id')
      .limit(EXPORT_SLICE_ROWS)
      .execute()
  )
  for await (const clients of slices) {
    yield clients.map((client) => [
      client.id,
      client.given_name,
      client.family_name,
      client.date_of_birth,
      client.phone,
      client.email,
      client.skin_type,
      client.language,
      client.notes,
      client.archived === 1 ? archived.yes : archived.no,
      client.created_at,
      client.updated_at
    ])
  }
}

const TREATMENT_COLUMNS: readonly ExportColumn[] = [
  text('id', ID_WIDTH),
  text('client_id', ID_WIDTH),
  text('client_given_name', NAME_WIDTH),
  text('client_family_name', NAME_WIDTH),
  { name: 'performed_at', kind: 'local date-time', width: 17 },
  text('time_zone', 18),
  text('zones_mm', 30),
  { name: 'deepest_mm', kind: 'decimal', width: 12 },
  text('practitioner', NAME_WIDTH),
  text('device', NAME_WIDTH),
  text('concerns', 24),
  text('products', 24),
  text('notes', NOTES_WIDTH),
  { name: 'session_number', kind: 'whole number', width: 15 },
  { name: 'created_at', kind: 'timestamp', width: TIMESTAMP_WIDTH }
]

/**
 * Every treatment in the order they happened, with its zones as "zone=depth" pairs (the
 * depth in millimetres with the region's decimal mark) and its deepest zone's depth, the one
 * that decides the aftercare, as a number.
 */
async function* treatmentSlices(db: Kysely<Database>, conventions: CsvConventions): AsyncGenerator<ExportValue[][]> {
  for await (const treatments of inSlices((after: TreatmentRow | undefined) => treatmentsAfter(db, after))) {
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
    const zonesByTreatment = new Map<string, { written: string[]; deepest: number }>()
    for (const zone of zones) {
      const depthMm = zone.depth_hundredths_mm / 100
      const written = `${zone.zone}=${decimalInRegion(depthMm, conventions)}`
      const list = zonesByTreatment.get(zone.treatment_id)
      if (!list) zonesByTreatment.set(zone.treatment_id, { written: [written], deepest: depthMm })
      else {
        list.written.push(written)
        list.deepest = Math.max(list.deepest, depthMm)
      }
    }
    yield treatments.map((treatment) => {
      const treated = zonesByTreatment.get(treatment.id)
      return [
        treatment.id,
        treatment.client_id,
        treatment.given_name,
        treatment.family_name,
        treatment.performed_at_local,
        treatment.time_zone,
        (treated?.written ?? []).join('; '),
        treated?.deepest ?? null,
        treatment.practitioner,
        treatment.device,
        (JSON.parse(treatment.concerns) as string[]).join('; '),
        treatment.products,
        treatment.notes,
        treatment.session_number,
        treatment.created_at
      ]
    })
  }
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

async function countOf(db: Kysely<Database>, table: 'clients' | 'treatments'): Promise<number> {
  const { count } = await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

export const EXPORT_TABLES: Record<ExportKind, ExportTable> = {
  clients: { title: () => words('export.clients.title'), columns: CLIENT_COLUMNS, slices: clientSlices, total: (db) => countOf(db, 'clients') },
  treatments: { title: () => words('export.treatments.title'), columns: TREATMENT_COLUMNS, slices: treatmentSlices, total: (db) => countOf(db, 'treatments') }
}

/** The files an export can be: an Excel workbook or a CSV file. */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** The format a file name asks for by its extension (any case); undefined for any other name. */
export function exportFormatOf(fileName: string): ExportFormat | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase()
  return EXPORT_FORMATS.find((format) => format === extension)
}

/** How an export is written in the audit log, whichever way it left (the contract's call, a file saved by the desk or the CLI). */
export function exportEvent(kind: ExportKind, format: ExportFormat, rows: number): AuditEvent {
  return { action: 'export', subjectType: 'register', details: { what: `${kind} ${format}`, rows } }
}
