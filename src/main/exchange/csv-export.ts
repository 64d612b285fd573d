import Papa from 'papaparse'
import type { Kysely } from 'kysely'
import type { ExportKind } from '@shared/contract/desktop-calls'
import { COMMAS_AND_POINTS, decimalInRegion, type CsvConventions } from '@shared/clinic/spreadsheet-region'
import type { Database } from '../db/schema'
import { EXPORT_TABLES, columnHeader, type ExportColumn, type ExportValue } from './export-tables'

export { EXPORT_SLICE_ROWS } from './export-tables'

// Excel opens UTF-8 with accents correctly only when the file starts with a byte order mark.
const BYTE_ORDER_MARK = '\uFEFF'
const NEWLINE = '\r\n'

/** A piece of an export's CSV text, and how many of its rows it holds (none for the header). */
export interface CsvPart {
  text: string
  rows: number
}

/** A value as CSV text: dates stay ISO (YYYY-MM-DD), numbers take the region's decimal mark. */
function csvText(value: ExportValue, column: ExportColumn, conventions: CsvConventions): string {
  if (value === null) return ''
  return typeof value === 'number' && column.kind === 'decimal' ? decimalInRegion(value, conventions) : String(value)
}

/**
 * An export as CSV text the way the region's spreadsheets want it: headers in the desk's
 * language, the region's delimiter and decimal mark, quoted by papaparse, formulas defused (a
 * value starting with = + - @ gets a leading '), with a BOM; each slice written as it is read.
 */
export async function* csvParts(kind: ExportKind, db: Kysely<Database>, conventions: CsvConventions): AsyncGenerator<CsvPart> {
  const { columns, slices } = EXPORT_TABLES[kind]
  yield { text: csvHeader(columns, conventions), rows: 0 }
  for await (const slice of slices(db, conventions)) yield { text: csvRows(columns, slice, conventions), rows: slice.length }
}

/** A whole CSV file of these rows, written as csvParts writes an export. */
export function csvDocument(columns: readonly ExportColumn[], rows: ExportValue[][], conventions: CsvConventions): string {
  return csvHeader(columns, conventions) + (rows.length > 0 ? csvRows(columns, rows, conventions) : '')
}

function csvHeader(columns: readonly ExportColumn[], conventions: CsvConventions): string {
  return BYTE_ORDER_MARK + Papa.unparse([columns.map((column) => columnHeader(column))], { delimiter: conventions.delimiter, newline: NEWLINE })
}

function csvRows(columns: readonly ExportColumn[], rows: ExportValue[][], conventions: CsvConventions): string {
  const cells = rows.map((row) => row.map((value, index) => csvText(value, columns[index] as ExportColumn, conventions)))
  return NEWLINE + Papa.unparse(cells, { delimiter: conventions.delimiter, newline: NEWLINE, escapeFormulae: true })
}

/** Every client, archived ones included, oldest first. */
export const clientsCsv = (db: Kysely<Database>, conventions: CsvConventions = COMMAS_AND_POINTS): AsyncGenerator<CsvPart> =>
  csvParts('clients', db, conventions)

/** Every treatment with its zones as "zone=depth" pairs, in the order they happened. */
export const treatmentsCsv = (db: Kysely<Database>, conventions: CsvConventions = COMMAS_AND_POINTS): AsyncGenerator<CsvPart> =>
  csvParts('treatments', db, conventions)

/** A whole export as one text, for the contract's call. */
export async function joinCsv(parts: AsyncIterable<CsvPart>): Promise<{ csv: string; rows: number }> {
  const texts: string[] = []
  let rows = 0
  for await (const part of parts) {
    texts.push(part.text)
    rows += part.rows
  }
  return { csv: texts.join(''), rows }
}
