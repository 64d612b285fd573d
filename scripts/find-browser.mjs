// Which Chromium or Chrome the browser tests and the print-to-PDF benchmark drive, found in
// this order: CHROMIUM_PATH; the system's own install, where each OS usually puts it; then
// Playwright's own browser, if `npx playwright install chromium` was run. Never downloads one.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

/** The usual places of a system Chromium or Chrome, per OS. */
function systemBrowsers(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')])
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']
}

/** Playwright's own Chromium, where `npx playwright install chromium` puts it (if it did). */
function playwrightBrowser() {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}

/**
 * The browser to drive, and every place looked. A CHROMIUM_PATH that leads nowhere is not
 * passed over for another browser: whoever set it meant that one.
 * @returns {{ path: string | undefined, looked: string[] }}
 */
export function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) return { path: existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined, looked: [env.CHROMIUM_PATH] }
  const candidates = [...systemBrowsers(process.platform, env), playwrightBrowser()].filter(Boolean)
  return { path: candidates.find((candidate) => existsSync(candidate)), looked: candidates }
}

/** How the tests launch it: no sandbox (CI runs as root), nothing that reaches for the network. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]
