/**
 * Debian's Chromium, as the browser tests (playwright.config.ts) and the print-to-PDF
 * benchmark launch it: the system's own binary (CHROMIUM_PATH to change it), so no browser
 * is ever downloaded, with nothing that reaches for the network.
 */
export const DEBIAN_CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run'
  ]
}
