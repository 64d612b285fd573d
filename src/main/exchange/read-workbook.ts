import type ExcelJS from 'exceljs'
import type { ImportFileReading } from '@shared/register/client-import'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import type { TableRow } from './import-table'
import { zipDirectory } from './zip-directory'

type WorkbookReading = Extract<ImportFileReading, { format: 'xlsx' }>

/**
 * The most a workbook may unpack to: some 140,000 clients. exceljs holds a workbook in memory at
 * some twenty times its unpacked size (a 20,000-row list unpacks to 6 MB and takes 130 MB), so
 * this keeps main's memory in bounds, and a small file that unpacks to gigabytes (a "zip bomb")
 * from being opened at all.
 */
const MOST_UNPACKED_BYTES = 40 * 1024 * 1024

/**
 * The rows of one sheet of an Excel workbook (.xlsx): the one named, else the first one shown.
 * Each cell is read as Excel shows its value: a formula's result (never the formula), a date
 * cell as YYYY-MM-DD, a link's text; a cell merged into another is empty, so a title merged
 * across the top stays one cell.
 */
export async function readWorkbookTable(bytes: Uint8Array, sheetName?: string): Promise<{ rows: TableRow[]; reading: Omit<WorkbookReading, 'headerRow' | 'dateOrder' | 'dateOrderReason'> }> {
  const entries = zipDirectory(bytes)
  if (!entries) throw refused(words('import.workbook.damaged', { saveAgain: words('import.workbook.saveAgain') }))
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw refused(words('import.workbook.zip'))
  }
  if (entries.reduce((total, entry) => total + entry.size, 0) > MOST_UNPACKED_BYTES) {
    throw refused(words('import.workbook.tooLarge'))
  }
  // Loaded when a workbook is read: exceljs takes a third of a second to load, which every start of the app and the CLI paid.
  const { default: ExcelJSModule } = await import('exceljs')
  const workbook = new ExcelJSModule.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    throw refused(words('import.workbook.unreadable', { saveAgain: words('import.workbook.saveAgain') }))
  }
  const sheets = workbook.worksheets
  if (sheets.length === 0) throw refused(words('import.workbook.noSheets', { saveAgain: words('import.workbook.saveAgain') }))
  const sheet = sheetName === undefined ? (sheets.find((candidate) => candidate.state === 'visible') ?? sheets[0]) : namedSheet(sheets, sheetName)
  const rows: TableRow[] = []
  sheet?.eachRow((row) => {
    const cells: string[] = []
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)))
    rows.push({ line: row.number, cells })
  })
  return { rows, reading: { format: 'xlsx', sheets: sheets.map(({ name }) => name), sheet: sheet?.name ?? '' } }
}

function namedSheet(sheets: ExcelJS.Worksheet[], name: string): ExcelJS.Worksheet {
  const folded = name.trim().toLowerCase()
  const found = sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.trim().toLowerCase() === folded)
  if (!found) throw refused(words('import.workbook.noSuchSheet', { name, sheets: sheets.map((sheet) => `"${sheet.name}"`).join(', ') }))
  return found
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return ''
  return valueText(cell.value)
}

/** A cell's value as text: what Excel shows of it, dates as YYYY-MM-DD. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value !== 'object') return ''
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => valueText(run.text)).join('')
  // A link (an email address Excel made clickable): its text. A formula: its result, as Excel last worked it out.
  if ('text' in value) return valueText(value.text)
  if ('result' in value) return valueText(value.result)
  if ('error' in value) return valueText(value.error)
  return ''
}

const refused = (message: string): AppError => new AppError('invalid_input', message)
