import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { Writable } from 'node:stream'
import type { Kysely } from 'kysely'
import type { ExportKind } from '@shared/contract/desktop-calls'
import type { CsvConventions } from '@shared/clinic/spreadsheet-region'
import type { Database } from '../db/schema'
import { csvParts } from './csv-export'
import type { ExportFormat } from './export-tables'
import { writeXlsx } from './xlsx-export'

export interface ExportToFile {
  kind: ExportKind
  format: ExportFormat
  /** The clinic region's CSV delimiter and decimal mark (a workbook's text of zones uses its decimal mark too). */
  conventions: CsvConventions
  /** Hears how many rows are written, after each slice. */
  onRows?: (rows: number) => void
  /** Runs once the whole file is written, before it takes its name: the audit entry. */
  beforeKeeping: (rows: number) => Promise<void>
}

/**
 * Writes an export to `destination` as it is read, a slice at a time, as a CSV file or an
 * Excel workbook, so that no copy of the whole file is ever held in memory or sent to the
 * window. Written aside first, then renamed, so a failed or half-written export never stands
 * where the desk looks for it. Only this computer account may read it (mode 0600): it holds
 * clients' health details.
 */
export function exportToFile(db: Kysely<Database>, destination: string, request: ExportToFile): Promise<number> {
  const onRows = request.onRows ?? (() => undefined)
  return keepWhenWhole(
    destination,
    request.format === 'csv'
      ? (file) => writeParts(file, csvParts(request.kind, db, request.conventions), onRows)
      : (file) => writeWorkbook(file, (output) => writeXlsx(output, request.kind, db, request.conventions, onRows)),
    request.beforeKeeping
  )
}

/** Writes `destination.partial` (mode 0600), then runs `beforeKeeping` and renames it into place; on any failure, removes it. */
async function keepWhenWhole(destination: string, write: (file: FileHandle) => Promise<number>, beforeKeeping: (rows: number) => Promise<void>): Promise<number> {
  const partial = `${destination}.partial`
  const file = await open(partial, 'w', 0o600)
  let rows: number
  try {
    try {
      rows = await write(file)
      await file.sync()
    } finally {
      await file.close()
    }
    // The export is logged before it exists where the desk looks for it, never after.
    await beforeKeeping(rows)
    await rename(partial, destination)
  } catch (error) {
    // Health details are never left behind in a half-written or unrenamed file.
    await rm(partial, { force: true })
    throw error
  }
  return rows
}

async function writeParts(file: FileHandle, parts: AsyncIterable<{ text: string; rows: number }>, onRows: (rows: number) => void): Promise<number> {
  let rows = 0
  for await (const part of parts) {
    await file.write(part.text)
    rows += part.rows
    onRows(rows)
  }
  return rows
}

/** The workbook's zip streamed into the open file, which stays open after the stream ends (for its sync). */
async function writeWorkbook(file: FileHandle, write: (output: Writable) => Promise<number>): Promise<number> {
  const output = new Writable({
    write: (chunk: Buffer, _encoding, done) => void file.write(chunk).then(() => done(), done)
  })
  try {
    return await write(output)
  } catch (error) {
    // Stops the zip writing into a file that is about to be closed and removed.
    output.destroy()
    throw error
  }
}
