import { BROWSER_ARGS, findBrowser } from '../../scripts/find-browser.mjs'

/**
 * How the browser tests (playwright.config.ts) and the print-to-PDF benchmark launch Chromium:
 * the one scripts/find-browser.mjs finds (`npm test` stops first, with what to install, when
 * there is none), so no browser is ever downloaded.
 */
export const TEST_BROWSER = {
  executablePath: findBrowser().path,
  args: BROWSER_ARGS
}
