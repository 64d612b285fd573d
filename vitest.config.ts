import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/build-app.global.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000
  }
})
