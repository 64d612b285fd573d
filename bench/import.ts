import { rmSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { openRegister } from '../src/main/db/open-register'
import { callOk, handlerTable, ROOT } from './lib/register'

const GIVEN = ['Jürgen', 'Zoë', 'Amélie', 'José Ángel', 'Siobhán', 'Grete', 'Łucja', 'Chloé']
const FAMILY = ['Müller', 'Weiß', 'Núñez', 'Lefèvre', 'O’Neill', 'Øster-Brønd', 'Nováková', 'Durand']

/** A client list as a German clinic's Excel saves it: German headers, a date cell per birth date. */
async function clientWorkbook(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Kunden')
  sheet.addRow(['Vorname', 'Nachname', 'Geburtsdatum', 'Telefon', 'E-Mail', 'Bemerkungen'])
  for (let row = 0; row < rows; row++) {
    // A birth date each, so no row repeats another (same name and date of birth).
    const born = new Date(Date.UTC(1950, 0, 1 + row))
    sheet.addRow([GIVEN[row % GIVEN.length], FAMILY[Math.floor(row / GIVEN.length) % FAMILY.length], born, `+49 30 ${String(1_000_000 + row)}`, `kunde${row}@beispiel.example`, row % 7 === 0 ? 'Nickelallergie' : ''])
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/**
 * A clinic's whole client list from Excel: the check the desk shows first, then the import,
 * into a new register (SQLite, as a desk keeps it), timed through dispatch as the window calls them.
 */
export async function measureWorkbookImport({ rows }: { rows: number }) {
  const file = await clientWorkbook(rows)
  const location = join(ROOT, 'bench', 'tmp', 'import-register.sqlite3')
  const removeRegister = () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${location}${suffix}`, { force: true }))
  removeRegister()
  const database = await openRegister(location, { serverBackupsDir: join(ROOT, 'bench', 'tmp', 'server-backups') })
  try {
    const table = handlerTable(database)
    const input = { file, fileName: 'Kunden.xlsx' }
    const checkStart = performance.now()
    const preview = await callOk(table, 'imports.previewClientsCsv', input)
    const checkSeconds = (performance.now() - checkStart) / 1000
    const importStart = performance.now()
    const report = await callOk(table, 'imports.clientsCsv', input)
    const importSeconds = (performance.now() - importStart) / 1000
    if (report.imported !== rows || preview.report.imported !== rows) {
      throw new Error(`The workbook imported ${report.imported} of ${rows} clients: ${JSON.stringify(report.errors.slice(0, 3))}`)
    }
    return { rows, workbook_kb: Math.round(file.length / 1024), check_s: checkSeconds, import_s: importSeconds }
  } finally {
    await database.close()
    removeRegister()
  }
}
