/** A row of a CSV file or a sheet: its line as a spreadsheet numbers it, and its cells as text. */
export interface TableRow {
  line: number
  cells: string[]
}

/** A data row of the file, keyed by its column's header. */
export interface TableRecord {
  line: number
  record: Record<string, string>
}

export const isBlankRow = (row: TableRow): boolean => row.cells.every((cell) => cell.trim() === '')

/**
 * The column names of a header row: each once (a second "Phone" is "Phone (2)"), and a column
 * with no header but with values named by its place ("Column 4"), so the mapping can offer it.
 */
export function columnNames(header: TableRow, rows: TableRow[]): string[] {
  const width = rows.reduce((widest, row) => Math.max(widest, filledWidth(row)), filledWidth(header))
  const seen = new Map<string, number>()
  return Array.from({ length: width }, (_, index) => {
    const written = (header.cells[index] ?? '').trim() || `Column ${index + 1}`
    const times = (seen.get(written) ?? 0) + 1
    seen.set(written, times)
    return times === 1 ? written : `${written} (${times})`
  })
}

/** How many columns the row fills: empty cells at its end (Excel's trailing ";;;") are none. */
function filledWidth(row: TableRow): number {
  let width = row.cells.length
  while (width > 0 && (row.cells[width - 1] ?? '').trim() === '') width--
  return width
}

/** The rows below the header, blank ones left out (their lines still count), keyed by column name. */
export function tableRecords(headers: string[], rows: TableRow[]): TableRecord[] {
  return rows
    .filter((row) => !isBlankRow(row))
    .map(({ line, cells }) => ({ line, record: Object.fromEntries(headers.map((header, index) => [header, cells[index] ?? ''])) }))
}
