// `npm test`: every suite (vitest, then Playwright when it has tests), each with its JSON
// reporter, and one closing line summed over all of them: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
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
    }),
    failures: (report) =>
      report.testResults.flatMap((file) => {
        const tests = file.assertionResults.filter((test) => test.status === 'failed')
        if (tests.length === 0 && file.status === 'failed') return [{ title: relative(process.cwd(), file.name), reason: file.message }]
        return tests.map((test) => ({ title: `${relative(process.cwd(), file.name)} › ${test.fullName}`, reason: test.failureMessages.join('\n') }))
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
    }),
    failures: (report) => failedPlaywrightSpecs(report.suites)
  }
]

function failedPlaywrightSpecs(suites = []) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => ({
        title: `${spec.file}:${spec.line} › ${spec.title}`,
        reason: spec.tests.flatMap((test) => test.results.map((result) => result.error?.message ?? '')).join('\n')
      })),
    ...failedPlaywrightSpecs(suite.suites)
  ])
}

// A suite file that fails to load counts as a failure even though none of its tests ran.
function countSuitesWithFailedTests(report) {
  return report.testResults.filter((file) => file.assertionResults.some((test) => test.status === 'failed')).length
}

// Each suite prints its failures where they happen, which a long log may have cut by the end:
// they are named again, with the first lines of why, just above the closing line.
function firstLines(text, count) {
  return stripVTControlCharacters(text).split('\n').slice(0, count).map((line) => `    ${line}`).join('\n')
}

const total = { passed: 0, failed: 0, skipped: 0 }
const failures = []
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
  const report = JSON.parse(readFileSync(suite.results, 'utf8'))
  const counts = suite.count(report)
  for (const key of Object.keys(total)) total[key] += counts[key]
  failures.push(...suite.failures(report).map((failure) => ({ ...failure, suite: suite.name })))
}
for (const failure of failures) {
  console.log(`FAILED (${failure.suite}) ${failure.title}\n${firstLines(failure.reason, 6)}`)
}
if (total.failed > 0) exitCode = 1
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(exitCode)
