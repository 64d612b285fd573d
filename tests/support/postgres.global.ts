import type { TestProject } from 'vitest/node'
import { openPostgresRegister } from '../../src/main/db/postgres/open-postgres-register'
import { parseServerAddress } from '../../src/main/db/postgres/server-address'
import { startThrowawayServer } from './postgres-server'

const TEMPLATE = 'migrated_template'

/**
 * The vitest project "postgres": one throwaway server for the run, with a database migrated
 * once as the template every test register is copied from. Stopped and removed at the end,
 * whether the tests passed or not.
 */
export default async function startTestServer(project: TestProject): Promise<() => void> {
  const server = await startThrowawayServer()
  try {
    await server.admin(`create database ${TEMPLATE}`)
    const template = await openPostgresRegister(parseServerAddress(server.url(TEMPLATE)), { backupsDir: '' })
    await template.close()
  } catch (error) {
    server.stop()
    throw error
  }
  project.provide('postgres', { adminUrl: server.url('postgres'), template: TEMPLATE })
  return () => server.stop()
}
