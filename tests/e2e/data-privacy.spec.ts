import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { Temporal } from 'temporal-polyfill'
import { AuditLog } from '../../src/main/audit/audit-log'
import { automaticBackup, dailyBackupIfDue } from '../../src/main/safety/automatic-backups'
import { excelCsvWindows1252, excelWorkbook } from '../support/excel-files'
import { testActor } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'
import { recordScreenedTreatment } from '../support/screening-answers'

// The browser runs in Europe/London (playwright.config.ts): file names carry London's today.
const BROWSER_TIME_ZONE = 'Europe/London'
const today = (): string => Temporal.Now.plainDateISO(BROWSER_TIME_ZONE).toString()

/** The files the page handed the save dialog so far, as text. */
function savedFiles(desk: Page): Promise<{ fileName: string; mimeType: string; text: string }[]> {
  return desk.evaluate(() =>
    window.__deskFiles
      .filter(({ action }) => action === 'save')
      .map(({ file }) => ({ fileName: file.fileName, mimeType: file.mimeType, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes) }))
  )
}

async function openDataScreen(desk: Page): Promise<void> {
  await openRoute(desk, '/data')
  await expect(desk.getByRole('heading', { name: 'Data & privacy', level: 1 })).toBeVisible()
}

// Another system's export: its own headers, which nobody guesses but "Tel". Line 4 has no
// family name, line 6 is a client already in the register, line 7 repeats line 2.
const OLD_SYSTEM_CSV = [
  'CLI_FNAME,CLI_SURNAME,CLI_BIRTH,Tel',
  'Amélie,Durand,31/12/1990,+33 6 12 34 56 78',
  'Jonas,Weber,05/04/1982,+49 151 2345678',
  'Marc,,14/07/1975,+33 6 11 22 33 44',
  'Chloé,Bernard,1/2/1995,+33 6 98 76 54 32',
  'Zoë,Łukasiewicz,27/03/1985,+44 7700 900123',
  'Amélie,Durand,31/12/1990,+33 6 12 34 56 78'
].join('\r\n')

async function chooseImportFile(desk: Page): Promise<void> {
  await desk.getByTestId('import-file').setInputFiles({ name: 'old-system.csv', mimeType: 'text/csv', buffer: Buffer.from(OLD_SYSTEM_CSV) })
  await expect(desk.getByText('File: old-system.csv')).toBeVisible()
}

async function mapColumn(desk: Page, field: string, column: string): Promise<void> {
  const select = desk.getByRole('combobox', { name: field, exact: true })
  await select.click()
  // The list of this select only: the last one's may still be fading out.
  await desk.locator(`#${await select.getAttribute('aria-controls')}`).getByRole('option', { name: column, exact: true }).click()
  await expect(select).toHaveText(column)
}

test('exports save the clients and treatments as dated CSV files with every row', async ({ desk, register }) => {
  const zoe = await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', dateOfBirth: '1985-03-27', email: 'zoe@example.com' })
  await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson', phone: '07700 900456' })
  await recordScreenedTreatment(register, {
    clientId: zoe.id,
    performedAt: Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).toString({ smallestUnit: 'minute' }),
    timeZone: BROWSER_TIME_ZONE,
    practitioner: 'Dr Amara Okafor',
    concerns: ['acne_scars'],
    zones: [{ zone: 'cheeks', depthMm: 1.5 }],
    sessionNumber: 1
  })
  await openDataScreen(desk)
  await expect(desk.getByText('These files hold clients’ personal and health details', { exact: false })).toBeVisible()

  await desk.getByRole('button', { name: 'Export clients…' }).click()
  await expect(desk.getByText(`Saved 2 clients to /saved/clients-${today()}.csv`)).toBeVisible()
  const [clients] = await savedFiles(desk)
  expect(clients).toMatchObject({ fileName: `clients-${today()}.csv`, mimeType: 'text/csv' })
  expect(clients?.text.startsWith('\uFEFF'), 'starts with a byte order mark for Excel').toBe(true)
  const clientRows = Papa.parse<Record<string, string>>(clients?.text.slice(1) ?? '', { header: true, skipEmptyLines: true }).data
  expect(clientRows.map((row) => [row.given_name, row.family_name, row.date_of_birth, row.email])).toEqual([
    ['Zoë', 'Łukasiewicz', '1985-03-27', 'zoe@example.com'],
    ['Mark', 'Benson', '', '']
  ])

  await desk.getByRole('button', { name: 'Export treatments…' }).click()
  await expect(desk.getByText(`Saved 1 treatment to /saved/treatments-${today()}.csv`)).toBeVisible()
  const treatments = (await savedFiles(desk))[1]
  expect(treatments?.fileName).toBe(`treatments-${today()}.csv`)
  const treatmentRows = Papa.parse<Record<string, string>>(treatments?.text.slice(1) ?? '', { header: true, skipEmptyLines: true }).data
  expect(treatmentRows).toHaveLength(1)
  expect(JSON.stringify(treatmentRows[0])).toContain('Dr Amara Okafor')
  expect(treatmentRows[0]).toMatchObject({ zones_mm: 'cheeks=1.5', deepest_mm: '1.5' })
})

test("a German clinic's CSV export opens as columns in its Excel: semicolons and decimal commas", async ({ desk, register }) => {
  await register.ok('settings.update', { ...(await register.ok('settings.get', {})), country: 'DE' })
  const jonas = await register.ok('clients.create', { givenName: 'Jonas', familyName: 'Weber', dateOfBirth: '1982-04-05' })
  await register.ok('treatments.create', {
    clientId: jonas.id,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/Berlin',
    zones: [
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.25 }
    ]
  })
  await openDataScreen(desk)
  await expect(desk.getByText(/semicolons and decimal commas \(1,5\smm\) where it writes 1,5/)).toBeVisible()
  await desk.getByRole('button', { name: 'Export treatments…' }).click()
  await expect(desk.getByText(`Saved 1 treatment to /saved/treatments-${today()}.csv`)).toBeVisible()
  const [treatments] = await savedFiles(desk)
  const [header, line] = treatments?.text.split('\r\n') ?? []
  expect(header?.split(';')).toHaveLength(15)
  const [row] = Papa.parse<Record<string, string>>(treatments?.text.slice(1) ?? '', { header: true, skipEmptyLines: true, delimiter: ';' }).data
  expect(row).toMatchObject({ client_family_name: 'Weber', performed_at: '2026-11-20T14:30', zones_mm: 'cheeks=1,5; forehead=0,25', deepest_mm: '1,5' })
  expect(line).toContain(';"cheeks=1,5; forehead=0,25";1,5;')
})

test('a CSV with unknown headers is mapped by hand, previewed line by line, and imported once', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', dateOfBirth: '1985-03-27' })
  await openDataScreen(desk)
  await chooseImportFile(desk)

  // Only "Tel" was recognised: without name columns nothing can be imported yet.
  await expect(desk.getByRole('combobox', { name: 'Phone', exact: true })).toHaveText('Tel')
  await expect(desk.getByRole('combobox', { name: 'First name', exact: true })).toHaveText('Not imported')
  await expect(desk.getByText('Choose the columns that hold the first name and the family name', { exact: false })).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Import no clients' })).toBeDisabled()
  await saveScreenshot('data-privacy-import-unmapped')

  await mapColumn(desk, 'First name', 'CLI_FNAME')
  await mapColumn(desk, 'Family name', 'CLI_SURNAME')
  await mapColumn(desk, 'Date of birth', 'CLI_BIRTH')
  // The first rows' values show beside the column chosen.
  await expect(desk.getByRole('row', { name: /First name/ })).toContainText('Amélie · Jonas · Marc')

  const summary = desk.getByRole('region', { name: 'What will happen' })
  await expect(summary).toContainText('3 clients will be added')
  await expect(summary).toContainText('1 is already in the register')
  await expect(summary).toContainText('1 repeats an earlier row of the file')
  await expect(summary).toContainText('1 row has a problem')
  const skipped = desk.getByTestId('import-skipped')
  await expect(skipped.getByRole('listitem')).toHaveText([
    /^Line 4.*family name/i,
    /^Line 6.*Already in the register.*same name and date of birth/,
    /^Line 7.*Repeats line 2/
  ])

  // Read month first, 31/12/1990 is no date: the preview follows the choice.
  await desk.getByRole('radio', { name: 'Month first (12/31/1990)' }).check()
  await expect(summary).toContainText('2 clients will be added')
  await expect(summary).toContainText('4 rows have a problem')
  await desk.getByRole('radio', { name: 'Day first (31/12/1990)' }).check()
  await expect(summary).toContainText('3 clients will be added')

  expect(await register.ok('clients.count', {}), 'nothing is written before the import').toBe(1)
  await expectNoSeriousAxeViolations(desk, 'data & privacy: import preview')
  await desk.getByRole('heading', { name: 'Import clients from a spreadsheet' }).scrollIntoViewIfNeeded()
  await saveScreenshot('data-privacy-import')

  await desk.getByRole('button', { name: 'Import 3 clients' }).click()
  await expect(desk.getByRole('heading', { name: 'Import finished' })).toBeVisible()
  await expect(desk.getByText('3 clients were added to the register.')).toBeVisible()
  await expect(desk.getByText('1 was already in the register')).toBeVisible()
  await expect(desk.getByText('1 repeated an earlier row of the file')).toBeVisible()
  await expect(desk.getByRole('heading', { name: 'Rows that were skipped' })).toBeVisible()
  await saveScreenshot('data-privacy-import-done')
  expect(await register.ok('clients.count', {})).toBe(4)
  const [amelie] = await register.ok('clients.search', { query: 'Amélie Durand' })
  expect(amelie).toMatchObject({ givenName: 'Amélie', familyName: 'Durand', dateOfBirth: '1990-12-31', phone: '+33612345678' })
  expect((await register.ok('clients.search', { query: 'Chloé' }))[0]?.dateOfBirth).toBe('1995-02-01')

  // The same file again: everyone in it is now known, so it would add no one.
  await desk.getByRole('button', { name: 'Import another file' }).click()
  await chooseImportFile(desk)
  await mapColumn(desk, 'First name', 'CLI_FNAME')
  await mapColumn(desk, 'Family name', 'CLI_SURNAME')
  await mapColumn(desk, 'Date of birth', 'CLI_BIRTH')
  await expect(summary).toContainText('No clients will be added')
  await expect(summary).toContainText('5 are already in the register')
  await expect(desk.getByRole('button', { name: 'Import no clients' })).toBeDisabled()
  expect((await register.ok('imports.clientsCsv', { file: Buffer.from(OLD_SYSTEM_CSV), mapping: { givenName: 'CLI_FNAME', familyName: 'CLI_SURNAME', dateOfBirth: 'CLI_BIRTH' }, dateOrder: 'DMY' })).imported).toBe(0)
  expect(await register.ok('clients.count', {})).toBe(4)

  // Cancel leaves nothing behind, and an empty file gets the import's own words.
  await desk.getByRole('button', { name: 'Cancel' }).click()
  await expect(desk.getByText('File: old-system.csv')).toBeHidden()
  await desk.getByTestId('import-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') })
  await expect(desk.getByRole('alert').filter({ hasText: 'The file is empty.' })).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Choose a file…' })).toBeVisible()
})

test('a German Excel CSV and a workbook: how each was read is shown, and can be changed', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  await openDataScreen(desk)
  // As German Excel saves "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons, dotted dates.
  const german = excelCsvWindows1252([
    ['Vorname', 'Nachname', 'Geburtsdatum', 'Telefon', 'E-Mail'],
    ['Jürgen', 'Müller', '31.12.1980', '0151 2345678', 'juergen@example.de'],
    ['Grete', 'Weiß', '01.02.1975', '', '']
  ])
  await desk.getByTestId('import-file').setInputFiles({ name: 'Kunden.csv', mimeType: 'text/csv', buffer: Buffer.from(german) })
  const reading = desk.getByRole('region', { name: 'How your file was read' })
  const encoding = reading.getByRole('combobox', { name: 'Characters' })
  await expect(encoding).toHaveText('Windows-1252 (Western European)')
  await expect(reading).toContainText('semicolons')
  await expect(reading.getByTestId('import-date-order-why')).toHaveText(
    '31.12.1980 in your file can only be read this way. 01.02.1975 is read as 1 February 1975.'
  )
  await expect(desk.getByRole('combobox', { name: 'First name', exact: true })).toHaveText('Vorname')
  const firstNames = desk.getByRole('row', { name: /First name/ })
  await expect(firstNames).toContainText('Jürgen · Grete')
  const summary = desk.getByRole('region', { name: 'What will happen' })
  await expect(summary).toContainText('2 clients will be added')
  await expectNoSeriousAxeViolations(desk, 'data & privacy: import of a German CSV')
  await reading.scrollIntoViewIfNeeded()
  await saveScreenshot('data-privacy-import-german-csv')

  // Read as UTF-8, the accents go wrong where the desk can see them; back to Windows-1252, they are right again.
  await mapColumn(desk, 'Characters', 'UTF-8')
  await expect(firstNames).toContainText('J\uFFFDrgen · Grete')
  await expect(reading).toContainText('As you chose.')
  await mapColumn(desk, 'Characters', 'Windows-1252 (Western European)')
  await expect(firstNames).toContainText('Jürgen · Grete')
  await desk.getByRole('button', { name: 'Import 2 clients' }).click()
  await expect(desk.getByText('2 clients were added to the register.')).toBeVisible()
  expect(await register.ok('clients.search', { query: 'Jürgen Müller' })).toMatchObject([{ familyName: 'Müller', dateOfBirth: '1980-12-31' }])

  // A workbook whose client list is on its second sheet, under a title.
  const workbook = await excelWorkbook((book) => {
    book.addWorksheet('Read me').addRow(['Exported from the old booking system'])
    const clients = book.addWorksheet('Clients')
    clients.addRow(['Client list, December'])
    clients.mergeCells('A1:C1')
    clients.addRow(['First name', 'Surname', 'Date of birth'])
    clients.addRow(['Amélie', 'Durand', new Date(Date.UTC(1990, 11, 31))])
    clients.addRow(['Chloé', 'Bernard', '1/2/1995'])
    clients.getColumn(3).numFmt = 'dd/mm/yyyy'
  })
  await desk.getByRole('button', { name: 'Import another file' }).click()
  await desk.getByTestId('import-file').setInputFiles({
    name: 'clients.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook)
  })
  await expect(desk.getByText('File: clients.xlsx')).toBeVisible()
  // The first sheet holds no client list: the desk is told it may be on another.
  await expect(summary).toContainText('If the client list is on another sheet of the workbook, choose that sheet first.')
  await mapColumn(desk, 'Sheet', 'Clients')
  await expect(reading).toContainText('on line 2; the lines above it are left out')
  await expect(desk.getByRole('combobox', { name: 'Family name', exact: true })).toHaveText('Surname')
  await expect(reading.getByTestId('import-date-order-why')).toContainText('1/2/1995 is read as 1 February 1995.')
  await expect(summary).toContainText('2 clients will be added')
  await reading.scrollIntoViewIfNeeded()
  await saveScreenshot('data-privacy-import-workbook')
  await desk.getByRole('button', { name: 'Import 2 clients' }).click()
  await expect(desk.getByText('2 clients were added to the register.')).toBeVisible()
  expect((await register.ok('clients.search', { query: 'Amélie' }))[0]?.dateOfBirth).toBe('1990-12-31')

  // A password-protected workbook is refused in words a receptionist can act on; nothing is written.
  await desk.getByRole('button', { name: 'Import another file' }).click()
  const locked = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)])
  await desk.getByTestId('import-file').setInputFiles({ name: 'locked.xlsx', mimeType: 'application/octet-stream', buffer: locked })
  await expect(desk.getByRole('alert').filter({ hasText: 'This Excel file is password-protected, or saved in the old Excel format (.xls)' })).toBeVisible()
  await saveScreenshot('data-privacy-import-refused')
  expect(await register.ok('clients.count', {})).toBe(4)
})

test('backups: the automatic ones are listed, "Back up now" says where it saved, and restoring asks first', async ({
  desk,
  register,
  saveScreenshot
}) => {
  const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000)
  await automaticBackup(register.database, 'before-migration', threeDaysAgo)
  expect(await dailyBackupIfDue(register.database, new AuditLog(register.database.db), testActor('Desk (reception)'))).toBeDefined()
  await openDataScreen(desk)

  const backups = desk.getByRole('region', { name: 'Backups', exact: true })
  await expect(backups.getByTestId('last-backup')).toHaveText(/^Last automatic backup: Today at \d{1,2}:\d{2}/)
  await expect(backups).toContainText('one backup for each of the last 14 days and one for each of the last 12 months')
  await expect(backups.getByText(join(register.dir, 'backups'), { exact: true })).toBeVisible()
  await expect(backups.getByRole('table').getByRole('row')).toHaveCount(3)
  await expect(backups.getByRole('table').getByRole('row').nth(1)).toContainText('Daily backup')
  await expect(backups.getByRole('table').getByRole('row').nth(2)).toContainText('Before an app update')

  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByText('Backup saved to /media/usb/register-backup.sqlite3')).toBeVisible()
  expect(await desk.evaluate(() => window.__deskRegisterActions)).toEqual(['backup'])

  await expectNoSeriousAxeViolations(desk, 'data & privacy')
  await saveScreenshot('data-privacy')

  // Restoring replaces the register: it is asked first, and Cancel asks for no file.
  await backups.getByRole('button', { name: 'Restore from backup…' }).click()
  const question = desk.getByRole('alertdialog', { name: 'Restore the register from a backup?' })
  await expect(question).toContainText('will be replaced by what is in that backup')
  await expect(question).toContainText('A copy of the current register is kept first')
  await expect(question).toContainText('The app then closes and opens again')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toBeHidden()
  expect(await desk.evaluate(() => window.__deskRegisterActions)).toEqual(['backup'])

  await backups.getByRole('button', { name: 'Restore from backup…' }).click()
  await question.getByRole('button', { name: 'Choose the backup…' }).click()
  await expect.poll(() => desk.evaluate(() => window.__deskRegisterActions)).toEqual(['backup', 'restore'])

  await desk.getByRole('link', { name: 'Open the audit log' }).click()
  await expect(desk).toHaveURL(/#\/data\/audit$/)
})

test("on the clinic's server, restoring says it replaces the register at every desk", async ({ desk }) => {
  await desk.evaluate(() => {
    window.__deskLocation = {
      kind: 'server',
      file: '/home/desk/.config/Aftercare Desk/register.sqlite3',
      server: { host: 'clinic-server', port: 5432, database: 'aftercare', user: 'desk', tls: true },
      passwordKept: true
    }
  })
  await openDataScreen(desk)
  const backups = desk.getByRole('region', { name: 'Backups', exact: true })
  await expect(backups).toContainText("Only when the register on the clinic's server is lost or damaged.")
  await backups.getByRole('button', { name: 'Restore from backup…' }).click()
  const question = desk.getByRole('alertdialog', { name: 'Restore the register from a backup?' })
  await expect(question).toContainText("Everything in the register on the clinic's server will be replaced by what is in that backup, at every desk")
  await expect(question).not.toContainText('closes and opens again')
  await question.getByRole('button', { name: 'Cancel' }).click()
})
