import { defineConfig } from '@playwright/test'
import { TEST_BROWSER } from './tests/support/test-browser'
import './tests/support/uk-computer'

// Browser tests drive the built renderer in Chromium (tests/support/test-browser.ts); no browser is ever downloaded.

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each file has its own registers and page: two files run at once, one a core.
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.playwright-results.json' }]],
  use: {
    // A failure keeps a trace (test-results/) to replay step by step: `npx playwright show-trace`.
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: TEST_BROWSER
  }
})
