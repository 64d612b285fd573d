import { defineConfig } from '@playwright/test'
import { DEBIAN_CHROMIUM } from './tests/support/debian-chromium'

// Browser tests drive the built renderer in Debian's Chromium; no browser is ever downloaded.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    // A failure keeps a trace (test-results/) to replay step by step: `npx playwright show-trace`.
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: DEBIAN_CHROMIUM
  }
})
