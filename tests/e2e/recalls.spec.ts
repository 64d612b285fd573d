import type { Page } from '@playwright/test'
import { Temporal } from 'temporal-polyfill'
import type { TempRegister } from '../support/temp-register'
import { expectNoSeriousAxeViolations } from './support/accessibility'
import { expect, test } from './support/desk'

// The browser runs in Europe/London (playwright.config.ts): "today" is London's today.
const LONDON = 'Europe/London'
const daysFromToday = (days: number): Temporal.PlainDate => Temporal.Now.plainDateISO(LONDON).add({ days })

/** A client treated `daysAgo` days ago at 10:00, their deepest zone at `depthMm`. */
async function treatedClient(register: TempRegister, givenName: string, familyName: string, daysAgo: number, depthMm: number) {
  const client = await register.ok('clients.create', { givenName, familyName, phone: '+44 7700 900123' })
  await register.ok('treatments.create', {
    clientId: client.id,
    performedAt: `${daysFromToday(-daysAgo).toString()}T10:00`,
    timeZone: LONDON,
    zones: [{ zone: 'cheeks', depthMm }]
  })
  return client
}

/** The files the page handed the save dialog so far, as text. */
function savedFiles(desk: Page): Promise<{ fileName: string; mimeType: string; text: string }[]> {
  return desk.evaluate(() =>
    window.__deskFiles
      .filter(({ action }) => action === 'save')
      .map(({ file }) => ({ fileName: file.fileName, mimeType: file.mimeType, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes) }))
  )
}

const recallRows = (desk: Page) => desk.getByRole('table', { name: 'Clients due for their next session' }).locator('tbody tr')

test('Today counts the recalls due; the Recalls screen lists them, records calls and saves the list as CSV', async ({ desk, register, saveScreenshot }) => {
  test.slow()
  // Light needling waits 2 to 4 weeks, medium 4 to 6.
  await treatedClient(register, 'Ana', 'Silva', 20, 0.5) // open now
  await treatedClient(register, 'Bea', 'Moreau', 5, 0.5) // opens in 9 days
  await treatedClient(register, 'Cy', 'Lindqvist', 2, 1) // opens in 26 days
  const archived = await treatedClient(register, 'Dee', 'Archer', 20, 0.5)
  await register.ok('clients.setArchived', { id: archived.id, archived: true })

  await desk.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  const dueLink = desk.getByRole('link', { name: '2 clients due for a next session' })
  await expect(dueLink).toBeVisible()
  await saveScreenshot('recalls-today')
  await dueLink.click()
  await expect(desk.getByRole('heading', { level: 1, name: 'Recalls' })).toBeVisible()
  await expect(recallRows(desk)).toHaveCount(2)
  await expect(recallRows(desk).nth(0)).toContainText('Ana Silva')
  await expect(recallRows(desk).nth(0)).toContainText('Open now')
  await expect(recallRows(desk).nth(0)).toContainText('07700 900123')
  await expect(recallRows(desk).nth(1)).toContainText('Bea Moreau')
  await expect(recallRows(desk).nth(1)).toContainText('opens in 9 days')
  await expect(desk.getByText('Dee Archer')).toHaveCount(0)

  // Ana: a message left, with a note.
  await desk.getByRole('button', { name: 'Record a call to Ana Silva' }).click()
  const dialog = desk.getByRole('dialog', { name: 'Call to Ana Silva' })
  await dialog.getByRole('combobox', { name: 'How did it go?' }).click()
  await desk.getByRole('option', { name: 'Left a message', exact: true }).click()
  await dialog.getByLabel('Note').fill('Call back after 5 pm')
  await expectNoSeriousAxeViolations(desk, 'the call dialog')
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  await expect(recallRows(desk).nth(0)).toContainText('Left a message')
  await expect(recallRows(desk).nth(0)).toContainText('Call back after 5 pm')

  // Bea declined: she leaves the list until her next treatment.
  await desk.getByRole('button', { name: 'Record a call to Bea Moreau' }).click()
  await desk.getByRole('combobox', { name: 'How did it go?' }).click()
  await desk.getByRole('option', { name: 'Declined', exact: true }).click()
  await desk.getByRole('dialog').getByRole('button', { name: 'Save' }).click()
  await expect(recallRows(desk)).toHaveCount(1)

  // Looking 30 days ahead takes in Cy, whose window opens in 26 days.
  await desk.getByLabel('Days ahead').fill('30')
  await desk.getByLabel('Days ahead').blur()
  await expect(recallRows(desk)).toHaveCount(2)
  await expect(recallRows(desk).nth(1)).toContainText('Cy Lindqvist')
  await expect(recallRows(desk).nth(1)).toContainText('Not yet')
  await expectNoSeriousAxeViolations(desk, 'the Recalls screen')
  await saveScreenshot('recalls')

  await desk.getByRole('button', { name: 'Export CSV' }).click()
  await expect(desk.getByText(/Saved the call list \(2 clients to call\) to \/saved\/recalls-/)).toBeVisible()
  const [csv] = await savedFiles(desk)
  expect(csv).toMatchObject({ fileName: `recalls-${daysFromToday(0).toString()}.csv`, mimeType: 'text/csv' })
  const lines = (csv?.text ?? '').replace(/^\uFEFF/, '').split('\r\n')
  expect(lines[0]).toBe('client_id,given_name,family_name,phone,last_treatment,deepest_mm,window_opens,window_closes,contacted_at,contacted_by,outcome,note')
  expect(lines.slice(1)).toEqual([
    expect.stringMatching(new RegExp(`,Ana,Silva,.*,${daysFromToday(-20).toString()}T10:00,0.5,${daysFromToday(-6).toString()},${daysFromToday(8).toString()},.*,Left a message,Call back after 5 pm$`)),
    expect.stringMatching(new RegExp(`,Cy,Lindqvist,.*,1,${daysFromToday(26).toString()},${daysFromToday(40).toString()},,,,$`))
  ])
})
