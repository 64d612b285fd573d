import type { Writable } from 'node:stream'
import type { CellValue, Style } from 'exceljs'
import type { Kysely } from 'kysely'
import type { ExportKind } from '@shared/contract/desktop-calls'
import type { CsvConventions } from '@shared/clinic/spreadsheet-region'
import type { Database } from '../db/schema'
import { EXPORT_TABLES, columnHeader, type ColumnKind, type ExportValue } from './export-tables'

/**
 * An export as an Excel workbook: one worksheet, a bold header row that stays in view (a
 * frozen pane) and filters every column, then one row per client or treatment, each value a
 * typed cell: dates and times as dates Excel can sort and count with, depths and session
 * numbers as numbers, everything else as text.
 *
 * Text is only ever written as text (an inline string), never as a formula: a client named
 * "=HYPERLINK(...)" is a cell holding those characters, and text columns are formatted as
 * Text, so that Excel keeps them text even when someone edits the cell and presses Enter.
 *
 * Streamed: each row goes into the zip as it is written (no copy of the workbook is held), a
 * slice of rows at a time.
 */

/** How each kind of value shows; Excel shows the decimal point in the region's own way. */
const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  date: 'yyyy-mm-dd',
  'local date-time': 'yyyy-mm-dd hh:mm',
  timestamp: 'yyyy-mm-dd hh:mm:ss',
  decimal: '0.0#',
  'whole number': '0'
}

/**
 * Excel counts 1900 as a leap year, so its dates before 1 March 1900 are a day off from
 * every other program's: those few are written as text rather than as a date shown wrongly.
 */
const FIRST_DATE_EVERY_PROGRAM_AGREES_ON = Date.UTC(1900, 2, 1)

/** Text as an inline string: never a formula, and no table of every string held until the end. */
const textCell = (value: string): CellValue => (value === '' ? null : { richText: [{ text: value }] })

/**
 * A date as Excel keeps it, a count of days with no time zone: the date and time as written
 * (a treatment at 14:30 in its clinic's zone is 14:30 in the cell; created_at and updated_at
 * are in UTC, as in the CSV).
 */
function dateCell(iso: string, kind: ColumnKind): CellValue {
  const moment = new Date(kind === 'date' ? `${iso}T00:00Z` : kind === 'local date-time' ? `${iso}Z` : iso)
  return Number.isNaN(moment.getTime()) || moment.getTime() < FIRST_DATE_EVERY_PROGRAM_AGREES_ON ? textCell(iso) : moment
}

function cell(value: ExportValue, kind: ColumnKind): CellValue {
  if (value === null) return null
  if (typeof value === 'number') return value
  if (kind === 'text' || kind === 'decimal' || kind === 'whole number') return textCell(value)
  return dateCell(value, kind)
}

/** Writes the whole export to `output` as an .xlsx workbook, telling `onRows` how many rows are written after each slice. */
export async function writeXlsx(
  output: Writable,
  kind: ExportKind,
  db: Kysely<Database>,
  conventions: CsvConventions,
  onRows: (rows: number) => void
): Promise<number> {
  const { default: ExcelJS } = await import('exceljs')
  const { title, columns, slices } = EXPORT_TABLES[kind]
  const broken = new Promise<never>((_resolve, reject) => output.on('error', reject))
  broken.catch(() => undefined)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false })
  workbook.creator = workbook.lastModifiedBy = 'Aftercare Desk'
  const sheet = workbook.addWorksheet(title(), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] })
  // One style object per column, shared by all its cells: exceljs looks a style up by the object
  // it is given, and working it out afresh for every cell took a fifth of the export's time.
  const styles = columns.map((column): Partial<Style> => ({ numFmt: NUMBER_FORMATS[column.kind] }))
  sheet.columns = columns.map((column, index) => ({ key: column.name, width: column.width, style: styles[index] }))
  const header = sheet.addRow(columns.map((column) => textCell(columnHeader(column))))
  header.font = { name: 'Calibri', family: 2, size: 11, bold: true }
  header.commit()
  let rows = 0
  for await (const slice of slices(db, conventions)) {
    if (output.errored) throw output.errored
    for (const values of slice) {
      const row = sheet.addRow(values.map((value, index) => cell(value, columns[index]?.kind ?? 'text')))
      row.eachCell({ includeEmpty: true }, (written, number) => void (written.style = styles[number - 1] ?? {}))
      row.commit()
    }
    rows += slice.length
    onRows(rows)
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: columns.length } }
  sheet.commit()
  await Promise.race([workbook.commit(), broken])
  return rows
}
