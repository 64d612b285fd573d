import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const root = join(import.meta.dirname, '..', '..')

/** The Electron binary `npm ci` downloads, if it could. */
function installedElectron(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

const electronBinary = installedElectron()

test.skip(
  !electronBinary,
  'No Electron binary is installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the built app cannot be launched; this test runs wherever `npm ci` could download Electron.'
)

test('the built app opens on the register, and a client can be added through the window', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'aftercare-electron-'))
  try {
    const app = await electron.launch({
      executablePath: electronBinary,
      args: [root],
      env: { ...process.env, AFTERCARE_DESK_USER_DATA: userData }
    })
    try {
      const page = await app.firstWindow()
      // A new install asks who works here first, then for the clinic's name.
      await page.getByRole('button', { name: 'One person works here (no sign-in)' }).click()
      await expect(page.getByRole('heading', { name: 'Welcome to Aftercare Desk' })).toBeVisible()

      // File > New Client, through the real menu and IPC.
      await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-client')?.click())
      await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible()
      await page.getByLabel('First name').fill('Zoë')
      await page.getByLabel('Family name').fill('Łukasiewicz')
      await page.getByRole('button', { name: 'Add client' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Zoë Łukasiewicz' })).toBeVisible()
      expect(existsSync(join(userData, 'register.sqlite3'))).toBe(true)

      await page.getByRole('link', { name: 'Register' }).click()
      await expect(page.getByRole('option', { name: /Zoë Łukasiewicz/ })).toBeVisible()
    } finally {
      await app.close()
    }
    // Closing the window remembered where it was.
    expect(existsSync(join(userData, 'window-state.json'))).toBe(true)
  } finally {
    rmSync(userData, { recursive: true, force: true })
  }
})
