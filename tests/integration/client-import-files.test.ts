import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClientImportInput } from '../../src/shared/register/client-import'
import { excelCsvUtf8, excelCsvWindows1252, excelUnicodeText, excelWorkbook, zipArchive } from '../support/excel-files'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

// Client lists as each Excel saves them, imported through the real handler table on a real
// register (both engines): the bytes of the file travel, and main finds how to read them.

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

/** Who the register holds, as "given family dob phone email", in the order they were added. */
async function people(): Promise<string[]> {
  const clients = await register.ok('clients.list', { includeArchived: true, limit: 1000 })
  return clients
    .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((client) => [client.givenName, client.familyName, client.dateOfBirth, client.phone, client.email].filter(Boolean).join(' | '))
}

/** The clinic's country: it reads the file's phone numbers (and its dates, when the file does not decide them). */
async function clinicIn(country: 'DE' | 'FR' | 'ES'): Promise<void> {
  await register.ok('settings.update', { ...(await register.ok('settings.get', {})), country })
}

/** Previews, checks the preview wrote nothing, then imports with what the preview used. */
async function previewThenImport(input: ClientImportInput) {
  const before = await register.snapshot()
  const preview = await register.ok('imports.previewClientsCsv', input)
  expect(await register.snapshot(), 'a preview writes nothing').toEqual(before)
  const report = await register.ok('imports.clientsCsv', input)
  expect(report.imported).toBe(preview.report.imported)
  return { preview, report }
}

describe('client lists as Excel saves them', () => {
  it('German Excel\'s "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, German headers, dotted dates', async () => {
    await clinicIn('DE')
    const file = excelCsvWindows1252([
      ['Vorname', 'Nachname', 'Geburtsdatum', 'Telefon', 'E-Mail', 'Bemerkungen'],
      ['Jürgen', 'Müller', '31.12.1980', '0151 2345678', 'juergen.mueller@example.de', 'Allergie: Lidocain; Latex'],
      ['Grete', 'Weiß', '01.02.1975', '', '', ''],
      ['Šárka', 'Nováková', '05.04.1982', '+420 601 234 567', '', ''],
      ['Zoë', 'Øster-Brønd', '', '', 'zoe@example.dk', '=HYPERLINK("http://x")'],
      ['Siobhán', 'O’Neill', '17.03.1991', '', '', 'Gutschein über 50 €']
    ])
    const { preview, report } = await previewThenImport({ file, fileName: 'Kunden.csv' })
    expect(preview.mapping).toEqual({
      givenName: 'Vorname',
      familyName: 'Nachname',
      dateOfBirth: 'Geburtsdatum',
      phone: 'Telefon',
      email: 'E-Mail',
      notes: 'Bemerkungen'
    })
    expect(preview.report.read).toEqual({
      format: 'csv',
      encoding: 'windows-1252',
      encodingReason: 'detected',
      delimiter: ';',
      headerRow: 1,
      dateOrder: 'DMY',
      dateOrderReason: { why: 'file', example: '31.12.1980' },
      // The first date whose reading depends on the order, as it is read: 1 February.
      dateExample: { written: '01.02.1975', read: '1975-02-01' }
    })
    expect(preview.sample[0]).toMatchObject({ Vorname: 'Jürgen', Nachname: 'Müller' })
    expect(report).toMatchObject({ rows: 5, imported: 5, errors: [], duplicates: [] })
    expect(await people()).toEqual([
      'Jürgen | Müller | 1980-12-31 | +491512345678 | juergen.mueller@example.de',
      'Grete | Weiß | 1975-02-01',
      'Šárka | Nováková | 1982-04-05 | +420601234567',
      'Zoë | Øster-Brønd | zoe@example.dk',
      'Siobhán | O’Neill | 1991-03-17'
    ])
    expect((await register.ok('clients.search', { query: 'Siobhán' }))[0]?.notes).toBe('Gutschein über 50 €')
    const [jurgen] = await register.ok('clients.search', { query: 'Jürgen Müller' })
    expect(jurgen?.notes).toBe('Allergie: Lidocain; Latex')
    // Text that looks like a formula stays text, as written.
    const [zoe] = await register.ok('clients.search', { query: 'zoe@example.dk' })
    expect(zoe?.notes).toBe('=HYPERLINK("http://x")')
  })

  it('English headers in Windows-1252 (the issue\'s second file): "Jürgen Müller" is read as written', async () => {
    const file = excelCsvWindows1252([
      ['First name', 'Last name', 'Date of birth'],
      ['Jürgen', 'Müller', '03.04.1990']
    ])
    const { report } = await previewThenImport({ file })
    expect(report).toMatchObject({ imported: 1, errors: [] })
    // Only dots decide the order here: 3 April, not 4 March.
    expect(report.read.dateOrderReason).toEqual({ why: 'dots', example: '03.04.1990' })
    expect(await people()).toEqual(['Jürgen | Müller | 1990-04-03'])
  })

  it('French Excel\'s "Texte Unicode": UTF-16LE, tab-separated, French headers', async () => {
    await clinicIn('FR')
    const file = excelUnicodeText([
      ['Prénom', 'Nom', 'Date de naissance', 'Téléphone', 'Courriel', 'Remarques'],
      ['Amélie', 'Durand', '31/12/1990', '+33 6 12 34 56 78', 'amelie@example.fr', 'Peau sensible, "rougeurs"'],
      ['François', 'Lefèvre', '01/02/1980', '', 'francois@example.fr', ''],
      ['Chloé', "N'Diaye", '14/07/1975', '06 98 76 54 32', '', '']
    ])
    const { preview, report } = await previewThenImport({ file, fileName: 'clients.txt' })
    expect(preview.report.read).toMatchObject({
      format: 'csv',
      encoding: 'utf-16',
      encodingReason: 'byte order mark',
      delimiter: '\t',
      dateOrder: 'DMY',
      dateOrderReason: { why: 'file', example: '31/12/1990' }
    })
    expect(preview.mapping).toMatchObject({ givenName: 'Prénom', familyName: 'Nom', dateOfBirth: 'Date de naissance', phone: 'Téléphone', email: 'Courriel' })
    expect(report).toMatchObject({ rows: 3, imported: 3, errors: [] })
    expect(await people()).toEqual([
      'Amélie | Durand | 1990-12-31 | +33612345678 | amelie@example.fr',
      'François | Lefèvre | 1980-02-01 | francois@example.fr',
      "Chloé | N'Diaye | 1975-07-14 | +33698765432"
    ])
    expect((await register.ok('clients.search', { query: 'Amélie' }))[0]?.notes).toBe('Peau sensible, "rougeurs"')
  })

  it('Spanish Excel\'s "CSV UTF-8": a byte order mark, Spanish headers, a quoted comma', async () => {
    await clinicIn('ES')
    const file = excelCsvUtf8([
      ['Nombre', 'Apellidos', 'Fecha de nacimiento', 'Móvil', 'Correo electrónico', 'Observaciones'],
      ['José Ángel', 'Núñez Ibáñez', '25/12/1985', '+34 612 345 678', 'jose@example.es', 'Alergia al níquel, leve'],
      ['Begoña', 'Muñoz', '1988-03-09', '', '', '']
    ])
    const { preview, report } = await previewThenImport({ file })
    expect(preview.report.read).toMatchObject({ encoding: 'utf-8', encodingReason: 'byte order mark', delimiter: ',' })
    expect(preview.headers[0]).toBe('Nombre')
    expect(report).toMatchObject({ imported: 2, errors: [] })
    expect(await people()).toEqual(['José Ángel | Núñez Ibáñez | 1985-12-25 | +34612345678 | jose@example.es', 'Begoña | Muñoz | 1988-03-09'])
    expect((await register.ok('clients.search', { query: 'Begoña' }))[0]?.language).toBe('en')
  })

  it('a mapping that names a column the file lacks reads it as empty, even one named like what every object inherits', async () => {
    const file = excelCsvUtf8([['given name', 'family name'], ['Bea', 'Lima']])
    const mapping = { givenName: 'given name', familyName: 'constructor', dateOfBirth: 'toString' }
    const preview = await register.ok('imports.previewClientsCsv', { file, fileName: 'clients.csv', mapping })
    expect(preview.report.imported).toBe(0)
    expect(preview.report.errors).toEqual([expect.objectContaining({ row: 2 })])
    expect(await register.ok('clients.count', {})).toBe(0)
  })

  it('an .xlsx workbook: a merged title above the headers, date cells, a formula, a serial number, an empty row, a link', async () => {
    await clinicIn('DE')
    const file = await excelWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('Kunden')
      sheet.addRow(['Kundenliste Praxis Sonnenschein'])
      sheet.mergeCells('A1:F1')
      sheet.addRow(['Vorname', 'Nachname', 'Geburtsdatum', 'Handy', 'E-Mail', 'Hauttyp'])
      sheet.addRow(['Jürgen', 'Müller', new Date(Date.UTC(1980, 11, 31)), '0151 2345678', { text: 'jm@example.de', hyperlink: 'mailto:jm@example.de' }, 'iii'])
      sheet.addRow([]) // an empty row, as people leave them
      // A number typed into a cell Excel took for a number: its leading 0 is gone.
      sheet.addRow(['Grete', 'Weiß', { formula: 'DATE(1975,2,1)', result: new Date(Date.UTC(1975, 1, 1)) }, 15123456789, null, null])
      sheet.addRow(['Ingrid', 'Öztürk', 29586, null, null, null]) // a date Excel shows as a number: its serial
      sheet.addRow(['Ute', 'Groß', '24.12.1969', null, null, null]) // typed in as text
      sheet.getColumn(3).numFmt = 'dd.mm.yyyy'
      sheet.getCell('C6').numFmt = 'General'
      workbook.addWorksheet('Archiv').addRow(['Vorname', 'Nachname'])
    })
    const { preview, report } = await previewThenImport({ file, fileName: 'Kunden.xlsx' })
    expect(preview.report.read).toEqual({
      format: 'xlsx',
      sheets: ['Kunden', 'Archiv'],
      sheet: 'Kunden',
      headerRow: 2,
      dateOrder: 'DMY',
      dateOrderReason: { why: 'file', example: '24.12.1969' },
      dateExample: { written: '1980-12-31', read: '1980-12-31' }
    })
    expect(preview.headers).toEqual(['Vorname', 'Nachname', 'Geburtsdatum', 'Handy', 'E-Mail', 'Hauttyp'])
    expect(report).toMatchObject({ rows: 4, imported: 4, errors: [], duplicates: [] })
    expect(await people()).toEqual([
      'Jürgen | Müller | 1980-12-31 | +491512345678 | jm@example.de',
      'Grete | Weiß | 1975-02-01 | +4915123456789',
      'Ingrid | Öztürk | 1980-12-31',
      'Ute | Groß | 1969-12-24'
    ])
    expect((await register.ok('clients.search', { query: 'Jürgen' }))[0]?.skinType).toBe('III')
    // Line numbers are the sheet's: the title is line 1, the header line 2.
    const again = await register.ok('imports.previewClientsCsv', { file })
    expect(again.report.duplicates.map(({ row }) => row)).toEqual([3, 5, 6, 7])
  })

  it('reads the sheet chosen, and says which sheets there are when one is missing', async () => {
    const file = await excelWorkbook((workbook) => {
      workbook.addWorksheet('Notes').addRow(['Read me first'])
      const clients = workbook.addWorksheet('Clients')
      clients.addRow(['First name', 'Surname', 'DOB'])
      clients.addRow(['Amy', 'Lee', '12/31/1990'])
      clients.addRow(['Bo', 'Lee', '04/03/1990'])
    })
    const first = await register.ok('imports.previewClientsCsv', { file })
    expect(first.report.read).toMatchObject({ sheet: 'Notes', sheets: ['Notes', 'Clients'] })
    expect(first.report.imported).toBe(0)
    const { report } = await previewThenImport({ file, sheet: 'Clients' })
    // 12/31/1990 can only be month first, so 04/03/1990 is 3 April.
    expect(report.read).toMatchObject({ sheet: 'Clients', dateOrder: 'MDY', dateOrderReason: { why: 'file', example: '12/31/1990' } })
    expect(await people()).toEqual(['Amy | Lee | 1990-12-31', 'Bo | Lee | 1990-04-03'])
    const missing = await register.call('imports.previewClientsCsv', { file, sheet: 'Kunden' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'This workbook has no sheet named "Kunden". Its sheets are: "Notes", "Clients".' } })
  })

  it('the encoding, the date order and the sheet can be chosen, and the preview says so', async () => {
    const file = excelCsvWindows1252([
      ['Vorname', 'Nachname', 'Geburtsdatum'],
      ['Jörg', 'Bäcker', '03/04/1990']
    ])
    // Read as UTF-8 on purpose: the accents are lost, visibly, and the desk can change it back.
    const wrong = await register.ok('imports.previewClientsCsv', { file, encoding: 'utf-8' })
    expect(wrong.report.read).toMatchObject({ encoding: 'utf-8', encodingReason: 'chosen' })
    expect(wrong.sample[0]?.Vorname).toBe('J\uFFFDrg')
    // Nothing in the file decides the order: as the clinic's country writes dates, day first in the UK...
    const guessed = await register.ok('imports.previewClientsCsv', { file })
    expect(guessed.report.read).toMatchObject({ dateOrder: 'DMY', dateOrderReason: { why: 'clinic country', country: 'GB' } })
    // ...and in Germany, where the clinic prints in German.
    await register.ok('settings.update', { ...(await register.ok('settings.get', {})), country: 'DE', defaultLanguage: 'de' })
    const german = await register.ok('imports.previewClientsCsv', { file })
    expect(german.report.read).toMatchObject({ dateOrder: 'DMY', dateOrderReason: { why: 'clinic country', country: 'DE' } })
    const { report } = await previewThenImport({ file, encoding: 'windows-1252', dateOrder: 'MDY' })
    expect(report.read).toMatchObject({
      encoding: 'windows-1252',
      encodingReason: 'chosen',
      dateOrder: 'MDY',
      dateOrderReason: { why: 'chosen' },
      dateExample: { written: '03/04/1990', read: '1990-03-04' }
    })
    // A client the file gives no language gets the clinic's.
    expect(await register.ok('clients.search', { query: 'Jörg' })).toMatchObject([{ familyName: 'Bäcker', dateOfBirth: '1990-03-04', language: 'de' }])
  })

  it('UTF-16 and UTF-8 without a byte order mark are found from their bytes', async () => {
    const rows = [
      ['Given name', 'Family name'],
      ['Zoë', 'Łukasiewicz']
    ]
    const utf16 = excelUnicodeText(rows).subarray(2)
    const withoutMark = await register.ok('imports.previewClientsCsv', { file: utf16 })
    expect(withoutMark.report.read).toMatchObject({ encoding: 'utf-16', encodingReason: 'utf-16', delimiter: '\t' })
    expect(withoutMark.sample[0]).toEqual({ 'Given name': 'Zoë', 'Family name': 'Łukasiewicz' })
    const utf8 = excelCsvUtf8(rows, ';').subarray(3)
    const plain = await register.ok('imports.previewClientsCsv', { file: utf8 })
    expect(plain.report.read).toMatchObject({ encoding: 'utf-8', encodingReason: 'utf-8', delimiter: ';' })
    expect(plain.sample[0]).toEqual({ 'Given name': 'Zoë', 'Family name': 'Łukasiewicz' })
  })
})

describe('files that are no client list are refused, in plain words, with nothing written', () => {
  const refusals: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    [
      'a .xlsx that is really a zip of something else',
      () => zipArchive([{ name: 'holiday/photo-1.jpg', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }, { name: 'notes.txt', data: new TextEncoder().encode('hello') }]),
      /^This file is a compressed folder \(zip\), not an Excel workbook, so nothing was imported\./
    ],
    [
      'a password-protected workbook (an encrypted OLE file)',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(4088)]),
      /^This Excel file is password-protected, or saved in the old Excel format \(\.xls\), so nothing was imported\. Open it in Excel, remove the password/
    ],
    [
      'a 50 MB file',
      () => new Uint8Array(50 * 1024 * 1024).fill(0x61),
      /^The file is too large to import at once \(at most 20 MB\)\./
    ],
    [
      'a binary file renamed .csv',
      () => Uint8Array.from({ length: 8192 }, (_, index) => (index * 7919 + (index >> 3)) % 256),
      /^This file is not a CSV file or an Excel workbook, so nothing was imported\./
    ],
    [
      'a picture renamed .csv',
      () => Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')),
      /^This file is not a CSV file or an Excel workbook/
    ],
    [
      'a workbook cut short',
      async () => (await excelWorkbook((workbook) => workbook.addWorksheet('Clients').addRow(['First name', 'Surname']))).subarray(0, 900),
      /^This Excel workbook is damaged or incomplete, so nothing was imported\./
    ],
    [
      'a workbook that unpacks to more than the desk reads (a zip bomb)',
      () => zipArchive([{ name: 'xl/workbook.xml', data: new Uint8Array(10) }, { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(60 * 1024 * 1024) }]),
      /^This workbook is too large to import at once\./
    ],
    ['an empty file', () => new Uint8Array(), /^The file is empty\.$/]
  ]

  it.each(refusals)('%s', async (_what, make, message) => {
    const file = await make()
    const before = await register.snapshot()
    for (const call of ['imports.previewClientsCsv', 'imports.clientsCsv'] as const) {
      const result = await register.call(call, { file, fileName: 'clients.csv' })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(result.ok ? '' : result.error.message).toMatch(message)
    }
    expect(await register.snapshot()).toEqual(before)
  })
})
