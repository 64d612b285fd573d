// What `npm test` needs from the machine beyond `npm ci`, checked before any suite starts, so a
// new contributor gets one short list instead of a wall of launch failures.
import { findBrowser } from './find-browser.mjs'
import { findPostgres } from './find-postgres.mjs'

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
  const postgres = findPostgres(env)
  if (!postgres.path) {
    missing.push({
      what: 'PostgreSQL (its server programs: initdb, pg_ctl)',
      why: 'the register suites run a second time on a throwaway PostgreSQL server the tests start and remove',
      install: {
        'Debian/Ubuntu': 'sudo apt-get install postgresql',
        macOS: 'brew install postgresql@17',
        Windows: 'winget install PostgreSQL.PostgreSQL.17'
      },
      variable: 'AFTERCARE_PG_BIN (the folder holding initdb)',
      looked: postgres.looked
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
