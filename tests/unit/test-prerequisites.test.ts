import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/find-browser.mjs'
import { findPostgres } from '../../scripts/find-postgres.mjs'
import { describeMissing, missingPrerequisites } from '../../scripts/test-prerequisites.mjs'
import { root } from '../support/node-script'

describe('what npm test needs from the machine', () => {
  it('takes the browser CHROMIUM_PATH names, and no other when it leads nowhere', () => {
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath, looked: [process.execPath] })
    expect(findBrowser({ CHROMIUM_PATH: '/nonexistent/chromium' })).toEqual({ path: undefined, looked: ['/nonexistent/chromium'] })
  })

  it('lists a missing browser with the command for each system and the variable to set', () => {
    const missing = missingPrerequisites({ CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(missing.map((item) => item.what)).toEqual(['Chromium or Google Chrome'])
    const said = describeMissing(missing)
    expect(said).toContain('Debian/Ubuntu: sudo apt-get install chromium')
    expect(said).toContain('macOS: brew install --cask chromium')
    expect(said).toContain('Windows: winget install Google.Chrome')
    expect(said).toContain('any system: npx playwright install chromium')
    expect(said).toContain('Or point CHROMIUM_PATH at a copy you have. Looked in: /nonexistent/chromium.')
    expect(missingPrerequisites({ CHROMIUM_PATH: process.execPath })).toEqual([])
  })

  it('lists missing PostgreSQL programs the same way, taking AFTERCARE_PG_BIN when it holds initdb', () => {
    const missing = missingPrerequisites({ CHROMIUM_PATH: process.execPath, AFTERCARE_PG_BIN: '/nonexistent/bin' })
    expect(missing.map((item) => item.what)).toEqual(['PostgreSQL (its server programs: initdb, pg_ctl)'])
    const said = describeMissing(missing)
    expect(said).toContain('Debian/Ubuntu: sudo apt-get install postgresql')
    expect(said).toContain('Or point AFTERCARE_PG_BIN (the folder holding initdb) at a copy you have. Looked in: /nonexistent/bin.')
    const found = findPostgres()
    expect(found.path, 'this machine has PostgreSQL').toBeDefined()
    expect(findPostgres({ AFTERCARE_PG_BIN: found.path })).toEqual({ path: found.path, looked: [found.path] })
  })

  it('npm test stops at once with that list, before any suite runs', () => {
    const run = spawnSync(process.execPath, ['scripts/run-tests.mjs'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8'
    })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^npm test needs these before it can run:\n\n- Chromium or Google Chrome/)
    expect(run.stdout).toBe('')
  })
})
