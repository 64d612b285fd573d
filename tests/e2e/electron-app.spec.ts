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

test('the built app opens on the register, and a client can be added', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'aftercare-electron-'))
  const app = await electron.launch({
    executablePath: electronBinary,
    args: [root],
    env: { ...process.env, AFTERCARE_DESK_USER_DATA: userData }
  })
  try {
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { name: 'Aftercare Desk' })).toBeVisible()
    const created = await page.evaluate(() =>
      window.clinic.clients.create({ givenName: 'Zoë', familyName: 'Łukasiewicz' })
    )
    expect(created).toMatchObject({ ok: true, value: { givenName: 'Zoë' } })
    expect(existsSync(join(userData, 'register.sqlite3'))).toBe(true)
  } finally {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
})
