import type { Locator, Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import type { TempRegister } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'
import { openRoute } from './support/navigation'
import { recordScreenedTreatment } from '../support/screening-answers'

// The browser runs in Europe/London (playwright.config.ts): "today" is London's today.
const BROWSER_TIME_ZONE = 'Europe/London'

/** A treatment performed now, the least the form asks for. */
function recordTreatment(register: TempRegister, clientId: string) {
  return recordScreenedTreatment(register, {
    clientId,
    performedAt: Temporal.Now.plainDateTimeISO(BROWSER_TIME_ZONE).toString({ smallestUnit: 'minute' }),
    timeZone: BROWSER_TIME_ZONE,
    zones: [{ zone: 'forehead', depthMm: 0.5 }],
    sessionNumber: 1
  })
}

async function seedVisit(register: TempRegister, givenName: string, familyName: string) {
  const client = await register.ok('clients.create', { givenName, familyName, phone: '+44 7700 900123' })
  return { client, treatment: await recordTreatment(register, client.id) }
}

/** The audit table's body rows (the header row left out). */
const auditRows = (desk: Page): Locator => desk.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr')
const auditRow = (desk: Page, what: string | RegExp): Locator => auditRows(desk).filter({ hasText: what })

/** Picks from a pick list, by its label and the option's. */
async function pick(desk: Page, field: string, option: string): Promise<void> {
  await desk.getByRole('combobox', { name: field }).click()
  await desk.getByRole('option', { name: option, exact: true }).click()
}

test('the audit log says who did what to which client, and filters by action, client and date', async ({
  desk,
  register,
  saveScreenshot
}) => {
  test.slow()
  // A backup from last year, as the log of a register in use for a while would hold.
  await register.database.db
    .insertInto('audit_log')
    .values({ at: '2025-06-02T08:00:00.000Z', actor: 'Owner', action: 'backup', subject_type: 'register', subject_id: null, details: '{}' })
    .execute()

  // Through the app: a client added, then changed.
  await expect(desk.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible()
  await openRoute(desk, '/clients/new')
  await desk.getByLabel('First name').fill('Zoë')
  await desk.getByLabel('Family name').fill('Łukasiewicz')
  await desk.getByRole('button', { name: 'Add client' }).click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()
  await desk.getByRole('button', { name: 'Edit' }).click()
  await desk.getByLabel('Phone').fill('+44 7700 900999')
  await desk.getByRole('button', { name: 'Save changes' }).click()
  await expect(desk.getByText('07700 900999', { exact: true })).toBeVisible()

  // A treatment for her, and its handout printed from her page.
  const zoeId = desk.url().match(/\/clients\/([0-9A-Z]{26})/)?.[1] as string
  const treatment = await recordTreatment(register, zoeId)
  await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson' })
  // From Today, where the new treatment is listed.
  await openRoute(desk, '/today')
  await desk.getByRole('link', { name: 'Zoë Łukasiewicz' }).click()
  await desk.locator(`#treatment-${treatment.id}`).getByRole('button', { name: 'Print handout' }).click()
  await expect.poll(() => desk.evaluate(() => window.__deskFiles.length)).toBe(1)

  // The whole log, newest first, in plain words.
  await openRoute(desk, '/data/audit')
  await expect(desk.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible()
  await expect(desk.getByText('9 entries')).toBeVisible()
  await expect(auditRows(desk)).toHaveCount(9)
  const printed = auditRows(desk).first()
  await expect(printed).toContainText('Printed a handout')
  await expect(auditRows(desk).nth(1)).toContainText('Added a client')
  await expect(auditRows(desk).nth(1)).toContainText('Mark Benson')
  await expect(printed).toContainText('Test desk')
  await expect(printed.getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible()
  await expect(auditRow(desk, 'Recorded a treatment').getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible()
  await expect(auditRow(desk, 'Screened a visit: clear').getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible()
  await expect(
    auditRow(desk, 'Consent form signed on screen (form version 1); screening: clear; photographs: for the record only').getByRole('link', { name: 'Zoë Łukasiewicz' })
  ).toBeVisible()
  await expect(auditRow(desk, "Changed a client's details").getByRole('link', { name: 'Zoë Łukasiewicz' })).toBeVisible()
  await expect(auditRow(desk, 'Added a client').filter({ hasText: 'Zoë' })).toHaveCount(1)
  await expect(auditRow(desk, 'Changed the clinic settings')).toContainText('Clinic settings')
  await expect(auditRow(desk, 'Backed up the register')).toContainText('Owner')
  await expect(desk.getByRole('link', { name: 'Data & privacy' }).first()).toBeVisible()
  await saveScreenshot('audit-log')
  await expectNoSeriousAxeViolations(desk, 'the audit log')

  // By action: only the handout.
  await pick(desk, 'What was done', 'Printed or saved a handout')
  await expect(desk.getByText('1 entry', { exact: true })).toBeVisible()
  await expect(auditRows(desk)).toHaveCount(1)
  await expect(auditRows(desk).first()).toContainText('Printed a handout')

  // By date: since today, last year's backup is left out; since an earlier day, it is back.
  await pick(desk, 'What was done', 'Backed up')
  await expect(auditRows(desk)).toHaveCount(1)
  await desk.getByLabel('Since').click()
  await desk.getByRole('button', { name: 'Today' }).click()
  await expect(desk.getByRole('heading', { name: 'Nothing in the log matches' })).toBeVisible()
  await desk.getByLabel('Since').fill('01/06/2025')
  await desk.getByLabel('Since').press('Escape')
  await expect(auditRows(desk)).toHaveCount(1)
  await expect(auditRows(desk).first()).toContainText('Backed up the register')

  // By client, from her page: her record, screening, consent, treatment and handout; nobody else's.
  await openRoute(desk, `/clients/${zoeId}`)
  await desk.getByRole('link', { name: 'Activity for this client' }).click()
  await expect(desk).toHaveURL(new RegExp(`/data/audit\\?client=${zoeId}$`))
  await expect(desk.getByText('6 entries')).toBeVisible()
  await expect(auditRows(desk)).toHaveCount(6)
  await expect(auditRows(desk).getByRole('link', { name: 'Zoë Łukasiewicz' })).toHaveCount(6)
  await expect(auditRows(desk).filter({ hasText: 'Mark Benson' })).toHaveCount(0)
  await saveScreenshot('audit-log-client')
  await desk.getByRole('button', { name: 'Show everyone' }).click()
  await expect(auditRows(desk)).toHaveCount(9)
})

test('a long log shows the latest 500 entries, says so, and shows more on request', async ({ desk, register }) => {
  test.slow()
  // A busy year of backups, written straight into the log (the app appends one a day at most).
  const backups = Array.from({ length: 520 }, (_, day) => ({
    at: new Date(Date.UTC(2025, 0, 1 + day, 8)).toISOString(),
    actor: 'Owner',
    action: 'backup',
    subject_type: 'register',
    subject_id: null,
    details: '{}'
  }))
  await register.database.db.insertInto('audit_log').values(backups).execute()

  // The app is up (on its first screen) before it is sent elsewhere.
  await expect(desk.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible()
  await openRoute(desk, '/data/audit')
  await expect(desk.getByText('Showing the latest 500 entries').first()).toBeVisible()
  await expect(auditRows(desk)).toHaveCount(500)
  // The foot of the list, where the desk says there is more, as the window shows it.
  await desk.getByRole('button', { name: 'Show 500 more' }).scrollIntoViewIfNeeded()
  await desk.screenshot({ path: 'tests/e2e/screenshots/audit-log-capped.png', animations: 'disabled' })
  await desk.getByRole('button', { name: 'Show 500 more' }).click()
  // 520 backups and the clinic's name, set before the page opened.
  await expect(desk.getByText('521 entries')).toBeVisible()
  await expect(auditRows(desk)).toHaveCount(521)
  await expect(desk.getByRole('button', { name: /Show \d+ more/ })).toHaveCount(0)
})

test("a client's data is exported as JSON and PDF, and a cancelled save says nothing went out", async ({ desk, register }) => {
  const { client } = await seedVisit(register, 'Zoë', 'Łukasiewicz')
  await openRoute(desk, `/clients/${client.id}`)
  const privacy = desk.getByRole('region', { name: 'Privacy' })
  await privacy.getByRole('button', { name: "Export this client's data" }).click()

  await expect.poll(() => desk.evaluate(() => window.__deskFiles.length)).toBe(2)
  const [json, pdf] = await desk.evaluate(() =>
    window.__deskFiles.map(({ action, file }) => ({ action, fileName: file.fileName, mimeType: file.mimeType, bytes: Array.from(file.bytes) }))
  )
  expect(json?.action).toBe('save')
  expect(json?.fileName).toMatch(/^Łukasiewicz-Zoë-data-\d{4}-\d{2}-\d{2}\.json$/)
  expect(json?.mimeType).toBe('application/json')
  const data = JSON.parse(new TextDecoder().decode(Uint8Array.from(json?.bytes ?? [])))
  expect(data.client).toMatchObject({ givenName: 'Zoë', familyName: 'Łukasiewicz' })
  expect(data.treatments).toHaveLength(1)
  expect(pdf?.action).toBe('save')
  expect(pdf?.mimeType).toBe('application/pdf')
  expect(String.fromCharCode(...(pdf?.bytes.slice(0, 5) ?? []))).toBe('%PDF-')
  await expect(desk.getByText(`Saved to /saved/${json?.fileName} and /saved/${pdf?.fileName}`)).toBeVisible()

  // The save dialog cancelled: nothing is handed over, and the desk says so.
  await desk.evaluate(() => {
    window.clinic.desktop.save = async () => ({ ok: true, value: {} })
  })
  await privacy.getByRole('button', { name: "Export this client's data" }).click()
  await expect(desk.getByText('The export was cancelled, so no data left the desk.')).toBeVisible()
})

test('erasing a client takes their name typed, removes them for good, and leaves a nameless entry in the log', async ({
  desk,
  register
}) => {
  test.slow()
  const { client, treatment } = await seedVisit(register, 'Zoë', 'Łukasiewicz')
  await register.ok('handouts.produce', { treatmentId: treatment.id, kind: 'handout', producedBy: 'Sam' })
  await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson' })
  expect(await register.ok('clients.count', {})).toBe(2)

  await openRoute(desk, `/clients/${client.id}`)
  await desk.getByRole('button', { name: 'Erase this client…' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Erase Zoë Łukasiewicz for good?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('their treatment (1 recorded)')
  await expect(dialog).toContainText('This cannot be undone.')
  await expect(dialog).toContainText('Backups made before today still hold them')
  const eraseButton = dialog.getByRole('button', { name: 'Erase for good' })
  const nameBox = dialog.getByLabel(/To confirm, type the client's full name or family name/)
  await expect(nameBox).toBeFocused()
  await expect(eraseButton).toBeDisabled()
  await nameBox.fill('Łukas')
  await expect(eraseButton).toBeDisabled()
  await nameBox.fill('zoë łukasiewicz')
  // Treated today: her records are to be kept for years yet, so erasing her takes a reason.
  await expect(dialog.getByText(/Their records are to be kept until .* \(8 years after the last treatment\)/)).toBeVisible()
  await expect(eraseButton).toBeDisabled()
  await dialog.getByLabel(/Reason for erasing before/).fill('Right to erasure request')
  await expect(eraseButton).toBeEnabled()
  // The dialog's mask covers the window, not the whole page: this screenshot is of the window.
  await desk.screenshot({ path: 'tests/e2e/screenshots/client-erase-dialog.png', animations: 'disabled' })
  await expectNoSeriousAxeViolations(desk, 'the erase dialog')

  // Cancel keeps her; the dialog opens again with an empty box.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await desk.getByRole('button', { name: 'Erase this client…' }).click()
  await expect(nameBox).toHaveValue('')
  await expect(eraseButton).toBeDisabled()
  await nameBox.fill('Łukasiewicz')
  await dialog.getByLabel(/Reason for erasing before/).fill('Right to erasure request')
  await eraseButton.click()

  // Back on the register, which no longer holds her.
  await expect(desk).toHaveURL(/#\/$/)
  await expect(desk.getByText('Erased: 1 treatment, 1 handout record')).toBeVisible()
  await expect(desk.getByRole('option', { name: /Mark Benson/ })).toBeVisible()
  await expect(desk.getByRole('option', { name: /Łukasiewicz/ })).toHaveCount(0)
  expect(await register.ok('clients.search', { query: 'Łukasiewicz' })).toEqual([])
  expect(await register.ok('clients.count', {})).toBe(1)

  // The log keeps that she was erased, with counts, and no name.
  await openRoute(desk, '/data/audit')
  const erased = auditRow(desk, /Erased a client before their records’ keeping period ended on .* \(1 treatment, 1 handout\)\. Reason: Right to erasure request/)
  await expect(erased).toContainText('Erased client')
  await expect(erased).toContainText('Test desk')
  await expect(erased.getByRole('link')).toHaveCount(0)
  await expect(desk.getByRole('table', { name: 'Audit log entries' })).not.toContainText('Łukasiewicz')
  await expect(auditRow(desk, 'Printed a handout')).toContainText('Erased client')
})
