import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { deskHandlerTable, openTempSqliteRegister, type SqliteTempRegister } from '../../support/temp-register'
import { connectLoopback } from './loopback'
import { rendererUrlFixture } from './renderer-server'

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots')

interface DeskFixtures {
  /** A fresh real register in a temp folder, behind the real handler table. */
  register: SqliteTempRegister
  /** The app's page, opened on the register, with `window.clinic` on the loopback. */
  desk: Page
  /** Saves a screenshot of the whole window under tests/e2e/screenshots/NAME.png. */
  saveScreenshot(name: string): Promise<void>
  /** The clinic's name before the page opens, so the first-start welcome stays away; null keeps a new install's. */
  clinicName: string | null
  /**
   * Whether the window asks who works here on a register nobody has set up, as the app does
   * (true); by default it is used as before staff, by one person with no sign-in.
   */
  firstStartAsks: boolean
}

export const test = base.extend<DeskFixtures, { rendererUrl: string }>({
  rendererUrl: rendererUrlFixture,
  // eslint-disable-next-line no-empty-pattern
  register: async ({}, use) => {
    const register = await openTempSqliteRegister()
    await use(register)
    await register.close()
  },
  clinicName: ['Test Clinic', { option: true }],
  firstStartAsks: [false, { option: true }],
  desk: async ({ page, register, rendererUrl, clinicName, firstStartAsks }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    if (clinicName !== null) await register.ok('settings.update', { name: clinicName })
    // The window's own desk: its first start asks, and nobody is signed in until someone does.
    const table = firstStartAsks ? deskHandlerTable(register.database, 'Desk (test)', undefined, { whenNotSetUp: 'ask' }) : register.table
    await connectLoopback(page, table)
    await page.goto(rendererUrl)
    await use(page)
    // Closed before the register is: the page checks the register every second.
    await page.close()
    expect(problems, 'errors in the page').toEqual([])
  },
  saveScreenshot: async ({ page }, use) => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    await use(async (name) => {
      // The top bar sticks to the top of the window: from the top, it is drawn where it belongs.
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' })
    })
  }
})

export { expect }
