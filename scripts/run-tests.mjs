// `npm test`: every suite (vitest, then Playwright when it has tests), each with its JSON
// reporter, and one closing line summed over all of them: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { describeMissing, missingPrerequisites } from './test-prerequisites.mjs'

// What the machine lacks is said once, before anything runs.
const missing = missingPrerequisites()
if (missing.length > 0) {
  console.error(describeMissing(missing))
  process.exit(2)
}

const suites = [
  {
    name: 'vitest',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.vitest-results.json'],
    results: '.vitest-results.json',
    count: (report) => ({
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numFailedTestSuites ?? 0) - countSuitesWithFailedTests(report),
      skipped: report.numPendingTests + report.numTodoTests
    })
  },
  {
    name: 'playwright',
    enabled: () => existsSync('playwright.config.ts'),
    command: ['npm', 'run', 'test:e2e'],
    results: '.playwright-results.json',
    count: (report) => ({
      passed: report.stats.expected + report.stats.flaky,
      failed: report.stats.unexpected,
      skipped: report.stats.skipped
    })
  }
]

// A suite file that fails to load counts as a failure even though none of its tests ran.
function countSuitesWithFailedTests(report) {
  return report.testResults.filter((file) => file.assertionResults.some((test) => test.status === 'failed')).length
}

const total = { passed: 0, failed: 0, skipped: 0 }
let exitCode = 0
for (const suite of suites) {
  if (suite.enabled && !suite.enabled()) continue
  rmSync(suite.results, { force: true })
  const run = spawnSync(suite.command[0], suite.command.slice(1), {
    stdio: 'inherit'
  })
  if (run.status !== 0) exitCode = 1
  if (!existsSync(suite.results)) {
    console.error(`${suite.name}: no results were written; counting the suite as one failure.`)
    total.failed += 1
    continue
  }
  const counts = suite.count(JSON.parse(readFileSync(suite.results, 'utf8')))
  for (const key of Object.keys(total)) total[key] += counts[key]
}
if (total.failed > 0) exitCode = 1
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(exitCode)
