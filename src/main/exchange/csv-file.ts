import { open, rename, rm } from 'node:fs/promises'
import type { CsvPart } from './csv-export'

/**
 * Writes an export's parts to `destination` as they are made, so that no copy of the whole
 * file is ever held in memory or sent to the window: aside first, then renamed, so a failed
 * or half-written export never stands where the desk looks for it. `onRows` hears how many
 * rows are written after each part; `beforeKeeping` runs (the audit entry) once it is all
 * written, before it is renamed into place. Only this computer account may read it (mode
 * 0600): it holds clients' health details.
 */
export async function writeCsvFile(
  destination: string,
  parts: AsyncIterable<CsvPart>,
  onRows: (rows: number) => void,
  beforeKeeping: (rows: number) => Promise<void>
): Promise<number> {
  const partial = `${destination}.partial`
  const file = await open(partial, 'w', 0o600)
  let rows = 0
  try {
    try {
      for await (const part of parts) {
        await file.write(part.text)
        rows += part.rows
        onRows(rows)
      }
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
