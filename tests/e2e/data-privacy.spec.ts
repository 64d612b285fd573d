import { join } from 'node:path'
import type { Page } from '@playwright/test'
import Papa from 'papaparse'
import { Temporal } from 'temporal-polyfill'
import { AuditLog } from '../../src/main/audit/audit-log'
import { automaticBackup, dailyBackupIfDue } from '../../src/main/safety/automatic-backups'
import { testActor } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'

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

// Another system's export: French and Spanish headers nobody guesses but "Tel". Line 4 has no
// family name, line 6 is a client already in the register, line 7 repeats line 2.
const OLD_SYSTEM_CSV = [
  'Nom,Apellido,Naissance,Tel',
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
  await register.ok('treatments.create', {
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
  await register.ok('settings.update', { ...(await register.ok('settings.get', {})), defaultLanguage: 'de' })
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
  await expect(desk.getByText(/semicolons and decimal commas \(1,5\smm\) for German, French and Spanish/)).toBeVisible()
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

  await mapColumn(desk, 'First name', 'Nom')
  await mapColumn(desk, 'Family name', 'Apellido')
  await mapColumn(desk, 'Date of birth', 'Naissance')
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
  await desk.getByRole('heading', { name: 'Import clients from a CSV file' }).scrollIntoViewIfNeeded()
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
  expect(amelie).toMatchObject({ givenName: 'Amélie', familyName: 'Durand', dateOfBirth: '1990-12-31', phone: '+33 6 12 34 56 78' })
  expect((await register.ok('clients.search', { query: 'Chloé' }))[0]?.dateOfBirth).toBe('1995-02-01')

  // The same file again: everyone in it is now known, so it would add no one.
  await desk.getByRole('button', { name: 'Import another file' }).click()
  await chooseImportFile(desk)
  await mapColumn(desk, 'First name', 'Nom')
  await mapColumn(desk, 'Family name', 'Apellido')
  await mapColumn(desk, 'Date of birth', 'Naissance')
  await expect(summary).toContainText('No clients will be added')
  await expect(summary).toContainText('5 are already in the register')
  await expect(desk.getByRole('button', { name: 'Import no clients' })).toBeDisabled()
  expect((await register.ok('imports.clientsCsv', { csv: OLD_SYSTEM_CSV, mapping: { givenName: 'Nom', familyName: 'Apellido', dateOfBirth: 'Naissance' }, dateOrder: 'DMY' })).imported).toBe(0)
  expect(await register.ok('clients.count', {})).toBe(4)

  // Cancel leaves nothing behind, and an empty file gets the import's own words.
  await desk.getByRole('button', { name: 'Cancel' }).click()
  await expect(desk.getByText('File: old-system.csv')).toBeHidden()
  await desk.getByTestId('import-file').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') })
  await expect(desk.getByRole('alert').filter({ hasText: 'The file is empty.' })).toBeVisible()
  await expect(desk.getByRole('button', { name: 'Choose a CSV file…' })).toBeVisible()
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
