// What `npm test` needs from the machine beyond `npm ci`, checked before any suite starts, so a
// new contributor gets one short list instead of a wall of launch failures.
import { findBrowser } from './find-browser.mjs'

/**
 * Each thing missing: what it is, why the tests need it, how to install it on each system,
 * and the variable that points at a copy already there.
 * @returns {{ what: string, why: string, install: Record<string, string>, variable: string, looked: string[] }[]}
 */
export function missingPrerequisites(env = process.env) {
  const missing = []
  const browser = findBrowser(env)
  if (!browser.path) {
    missing.push({
      what: 'Chromium or Google Chrome',
      why: 'the browser tests drive the app’s screens in it',
      install: {
        'Debian/Ubuntu': 'sudo apt-get install chromium',
        macOS: 'brew install --cask chromium',
        Windows: 'winget install Google.Chrome',
        'any system': 'npx playwright install chromium'
      },
      variable: 'CHROMIUM_PATH',
      looked: browser.looked
    })
  }
  return missing
}

/** The list, as `npm test` prints it. */
export function describeMissing(missing) {
  const lines = ['npm test needs these before it can run:', '']
  for (const item of missing) {
    lines.push(`- ${item.what}: ${item.why}.`)
    for (const [system, command] of Object.entries(item.install)) lines.push(`    ${system}: ${command}`)
    lines.push(`    Or point ${item.variable} at a copy you have. Looked in: ${item.looked.join(', ') || 'nowhere'}.`)
  }
  return lines.join('\n')
}
