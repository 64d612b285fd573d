import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test as base, type Browser, type Page } from '@playwright/test'
import { dispatch } from '../../src/main/api/dispatch'
import { openRegister } from '../../src/main/db/open-register'
import type { RegisterDatabase } from '../../src/main/db/register-database'
import { startThrowawayServer, type ThrowawayServer } from '../support/postgres-server'
import { deskHandlerTable } from '../support/temp-register'
import { connectLoopback } from './support/loopback'
import { rendererUrlFixture } from './support/renderer-server'

// Reception and treatment room 2: two windows, each with its own handler table and its own
// connections, on one register on a real PostgreSQL server.
const test = base.extend<{ server: ThrowawayServer }, { rendererUrl: string }>({
  rendererUrl: rendererUrlFixture,
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startThrowawayServer()
    await server.admin('create database register')
    await use(server)
    server.stop()
  }
})

async function openDesk(browser: Browser, url: string, rendererUrl: string, actor: string): Promise<{ page: Page; database: RegisterDatabase }> {
  const database = await openRegister(url, { serverBackupsDir: join(import.meta.dirname, 'unused') })
  const table = deskHandlerTable(database, actor)
  // The clinic is set up, so no first-start welcome stands in front of the desk; what is
  // watched here is the shared register, so its treatments are recorded without screening.
  await dispatch(table, 'settings.update', { name: 'Harbour Skin Clinic', screeningRequired: false })
  const context = await browser.newContext()
  const page = await context.newPage()
  await connectLoopback(page, table)
  await page.goto(rendererUrl)
  return { page, database }
}

test("a treatment recorded in room 2 appears on reception's Today and on the client's page, without a reload", async ({ browser, server, rendererUrl }) => {
  const url = server.url('register')
  const reception = await openDesk(browser, url, rendererUrl, 'Reception')
  const room2 = await openDesk(browser, url, rendererUrl, 'Room 2')
  try {
    const client = await reception.page.evaluate(() => window.clinic.clients.create({ givenName: 'Zoë', familyName: 'Łukasiewicz' }))
    if (!client.ok) throw new Error(client.error.message)

    // Reception watches Today; room 2 has the client's page open.
    await reception.page.getByRole('link', { name: 'Today' }).click()
    await expect(reception.page.getByRole('heading', { name: 'No treatments recorded today yet' })).toBeVisible()
    await room2.page.goto(`${rendererUrl}#/clients/${client.value.id}`)
    await expect(room2.page.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()

    // Room 2 records the treatment through its form.
    await room2.page.getByRole('button', { name: 'Record treatment' }).click()
    await room2.page.getByRole('combobox', { name: 'Zone, row 1' }).click()
    await room2.page.getByRole('option', { name: 'Cheeks', exact: true }).click()
    await room2.page.getByLabel('Needle depth in millimetres, row 1').fill('1.5')
    await room2.page.getByRole('combobox', { name: /^Practitioner/ }).fill('Dr Amara Okafor')
    await room2.page.getByRole('button', { name: 'Save treatment' }).click()
    // Counted from the moment room 2 shows the treatment saved (its own save's time is not the
    // other desk's to wait for, and varies with the machine's load).
    await expect(room2.page.locator('article[aria-current="true"]')).toBeVisible()
    const saved = Date.now()

    // Reception sees it within two seconds, having done nothing.
    const visit = reception.page.getByRole('listitem').filter({ hasText: 'Zoë Łukasiewicz' })
    await expect(visit).toContainText('Cheeks1.50 mm', { timeout: 2000 })
    expect(Date.now() - saved).toBeLessThan(2000)
    await expect(visit).toContainText('Dr Amara Okafor')

    // And reception, opening the client, finds it; a second treatment from room 2 then appears there too.
    await visit.getByRole('link', { name: 'Zoë Łukasiewicz' }).click()
    await expect(reception.page.locator('article')).toHaveCount(1)
    await room2.page.evaluate(
      (clientId) =>
        window.clinic.treatments.create({ clientId, performedAt: '2026-11-20T09:00', timeZone: 'Europe/London', zones: [{ zone: 'forehead', depthMm: 0.5 }] }),
      client.value.id
    )
    await expect(reception.page.locator('article')).toHaveCount(2, { timeout: 2000 })
    mkdirSync(join(import.meta.dirname, 'screenshots'), { recursive: true })
    await reception.page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'two-desks-reception-client.png'), fullPage: true })

    // Room 2 starts recording a third treatment; then the server goes away. Both desks say so
    // within a couple of seconds, and stop saying so once it is back.
    await room2.page.getByRole('button', { name: 'Record treatment' }).click()
    await room2.page.getByRole('combobox', { name: 'Zone, row 1' }).click()
    await room2.page.getByRole('option', { name: 'Forehead', exact: true }).click()
    await room2.page.getByLabel('Needle depth in millimetres, row 1').fill('0.75')
    server.halt()
    const banner = reception.page.getByRole('alert').filter({ hasText: 'The register cannot be reached.' })
    await expect(banner).toBeVisible({ timeout: 3000 })
    await expect(room2.page.getByRole('alert').filter({ hasText: 'The register cannot be reached.' })).toBeVisible({ timeout: 3000 })
    await reception.page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'two-desks-server-gone.png') })

    // Room 2 saves meanwhile: nothing can be saved, the form stays as typed and says it waits.
    // (The first treatment's "recorded" message must not be mistaken for this one.)
    await expect(room2.page.getByText('Treatment recorded')).toBeHidden()
    await room2.page.getByRole('button', { name: 'Save treatment' }).click()
    await expect(room2.page.getByRole('alert').filter({ hasText: 'it will be saved as soon as the register answers again' })).toBeVisible()
    await expect(room2.page.getByLabel('Needle depth in millimetres, row 1')).toHaveValue('0.75 mm')
    await room2.page.screenshot({ path: join(import.meta.dirname, 'screenshots', 'two-desks-waiting-to-save.png') })

    // Back: the banner goes, and room 2's treatment is saved by itself, once, and seen at reception.
    server.resume()
    await expect(banner).toBeHidden({ timeout: 5000 })
    await expect(room2.page.locator('article[aria-current="true"]')).toContainText('Forehead0.75 mm', { timeout: 5000 })
    await expect(reception.page.locator('article')).toHaveCount(3, { timeout: 2000 })
    const treatments = await reception.page.evaluate((clientId) => window.clinic.treatments.listForClient({ clientId }), client.value.id)
    expect(treatments.ok && treatments.value.length).toBe(3)
  } finally {
    await Promise.all([reception, room2].map(({ page, database }) => page.context().close().then(() => database.close())))
  }
})
