import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import './tests/support/uk-computer'

/**
 * Two projects. "sqlite" runs every unit and integration suite on the embedded engine.
 * "postgres" runs the suites of what the register does (repositories, search, units of
 * work, handouts, exchange, privacy, the CLI) again on a throwaway PostgreSQL server: the
 * same files, not copies, with AFTERCARE_TEST_ENGINE telling the temp registers which
 * engine to open.
 */
const ENGINE_SUITES = [
  'tests/integration/admin-cli.test.ts',
  'tests/integration/client-import-files.test.ts',
  'tests/integration/client-data-languages.test.ts',
  'tests/integration/clients.test.ts',
  'tests/integration/clinic-settings.test.ts',
  'tests/integration/consent.test.ts',
  'tests/integration/handout-languages.test.ts',
  'tests/integration/handout-rtl-names.test.ts',
  'tests/integration/handouts.test.ts',
  'tests/integration/handout-render-pool.test.ts',
  'tests/integration/handout-reprints.test.ts',
  'tests/integration/hostile-input.test.ts',
  'tests/integration/phone-numbers.test.ts',
  'tests/integration/prep-sheets.test.ts',
  'tests/integration/privacy-and-exchange.test.ts',
  'tests/integration/protocol-versions.test.ts',
  'tests/integration/recalls.test.ts',
  'tests/integration/record-retention.test.ts',
  'tests/integration/register-check.test.ts',
  'tests/integration/screening.test.ts',
  'tests/integration/search.test.ts',
  'tests/integration/spreadsheet-export.test.ts',
  'tests/integration/staff.test.ts',
  'tests/integration/treatments.test.ts',
  'tests/integration/units-of-work.test.ts',
  'tests/integration/engines/*.test.ts'
]


export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    environment: 'node',
    // Both cores: most suites wait on disk, child processes or the PostgreSQL server, so two
    // files at a time nearly halve the run (vitest's default leaves one core idle).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    setupFiles: ['tests/support/every-language.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/engines/postgres-*.test.ts'],
          globalSetup: ['tests/support/build-app.global.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ENGINE_SUITES,
          env: { AFTERCARE_TEST_ENGINE: 'postgres' },
          globalSetup: ['tests/support/postgres.global.ts']
        }
      }
    ]
  }
})
