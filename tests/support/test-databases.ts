import { randomBytes } from 'node:crypto'
import { runStatement } from './postgres-server'

/** The test run's PostgreSQL server, as the vitest project "postgres" provides it to test files. */
export interface TestServer {
  /** A database URL of the server, ending in /DATABASE. */
  adminUrl: string
  /** A database migrated to the current version, copied for each register a test opens. */
  template: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: TestServer
  }
}

function withDatabase(url: string, database: string): string {
  return url.replace(/\/[^/]*$/, `/${database}`)
}

function asAdmin(server: TestServer, statement: string): Promise<void> {
  return runStatement(server.adminUrl, statement)
}

/** A new database copied from the migrated template (0.2 s, against 1 s to migrate one). */
export async function newTestDatabase(server: TestServer, template = server.template): Promise<string> {
  const name = `register_${randomBytes(6).toString('hex')}`
  await asAdmin(server, `create database ${name} template ${template}`)
  return withDatabase(server.adminUrl, name)
}

/** A new, empty database: what a clinic's IT person creates for the app. */
export function newEmptyTestDatabase(server: TestServer): Promise<string> {
  return newTestDatabase(server, 'template0')
}

export async function dropTestDatabase(server: TestServer, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1)
  await asAdmin(server, `drop database if exists ${name} with (force)`)
}
