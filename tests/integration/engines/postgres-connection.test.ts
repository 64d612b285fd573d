import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import pg from 'pg'
import { DatabaseOpenError } from '../../../src/main/db/database-open-error'
import { MIGRATIONS } from '../../../src/main/db/migrations'
import { openRegister } from '../../../src/main/db/open-register'
import { dropTestDatabase, newEmptyTestDatabase, newTestDatabase } from '../../support/test-databases'

// Each way a desk can be pointed at the wrong server or database: one message in plain
// words, and nothing written anywhere.
const server = inject('postgres')
const created: string[] = []
afterAll(async () => {
  for (const url of created) await dropTestDatabase(server, url)
})

function open(url: string) {
  return openRegister(url, { serverBackupsDir: '/nonexistent' })
}

async function refusal(url: string): Promise<DatabaseOpenError> {
  const error = await open(url).then(
    async (database) => {
      await database.close()
      throw new Error(`${url} was opened`)
    },
    (error: unknown) => error
  )
  expect(error).toBeInstanceOf(DatabaseOpenError)
  return error as DatabaseOpenError
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' order by 1"
    )
    return rows.map(({ name }) => name)
  } finally {
    await client.end()
  }
}

const withPassword = (url: string, password: string) => url.replace(/:[^:@/]+@/, `:${password}@`)
const withPort = (url: string, port: number) => url.replace(/:\d+\//, `:${port}/`)
const withDatabase = (url: string, database: string) => url.replace(/\/[^/]+$/, `/${database}`)

describe('pointing a desk at the wrong place', () => {
  let empty: string
  beforeAll(async () => {
    empty = await newEmptyTestDatabase(server)
    created.push(empty)
  })

  it.each([
    ['postgres://', 'it names no server'],
    ['postgres://aftercare:Hush@clinic-server', 'it names no database'],
    ['postgres://aftercare:Hush@clinic-server:99999/register', 'cannot be used'],
    ['postgresql://aftercare:Hush@clinic-server:port/register', 'cannot be used'],
    ['postgres://aftercare:Hu/sh@clinic-server/register', 'cannot be used'],
    ['postgres://aftercare:Hu@sh@clinic-server', 'cannot be used'],
    ['postgres:///register?password=Hush', 'it names no server']
  ])('an address that cannot be read (%s): says how to write one, never repeating the password', async (url, words) => {
    const error = await refusal(url)
    expect(error.reason).toBe('bad_address')
    expect(error.message).toContain(words)
    expect(error.message).toContain('postgres://USER@SERVER:PORT/DATABASE')
    // Not even a piece of it, wherever the address's own punctuation cuts it.
    expect(error.message).not.toMatch(/Hu|sh\b/)
  })

  it('a server name no computer has', async () => {
    const error = await refusal('postgres://aftercare@clinic-server.invalid/register')
    expect(error).toMatchObject({ reason: 'server_unreachable' })
    expect(error.message).toMatch(/^No computer called "clinic-server.invalid" was found on the network/)
  })

  it('a computer where no PostgreSQL listens', async () => {
    const error = await refusal(withPort(empty, 1))
    expect(error).toMatchObject({ reason: 'server_unreachable' })
    expect(error.message).toContain('did not accept the connection')
  })

  it('a wrong password', async () => {
    const error = await refusal(withPassword(empty, 'not-the-password'))
    expect(error).toMatchObject({ reason: 'login_refused' })
    expect(error.message).toContain('refused the user name or password')
    expect(error.message).not.toContain('not-the-password')
  })

  it('a database the server does not have', async () => {
    const error = await refusal(withDatabase(empty, 'no_such_register'))
    expect(error).toMatchObject({ reason: 'no_database' })
    expect(error.message).toContain('has no database called "no_such_register"')
  })

  it("another application's database: refused, its tables untouched", async () => {
    const other = await newEmptyTestDatabase(server)
    created.push(other)
    const client = new pg.Client({ connectionString: other })
    await client.connect()
    await client.query('create table invoices (id integer primary key)')
    await client.end()
    const error = await refusal(other)
    expect(error).toMatchObject({ reason: 'not_a_register' })
    expect(await tablesOf(other)).toEqual(['invoices'])
  })

  it('a register a newer app has migrated: refused, nothing written', async () => {
    const newer = await newTestDatabase(server)
    created.push(newer)
    const client = new pg.Client({ connectionString: newer })
    await client.connect()
    await client.query("insert into schema_migrations values (999, 'from the future', '2030-01-01')")
    const before = (await client.query('select * from schema_migrations order by version')).rows
    const error = await refusal(newer)
    expect(error).toMatchObject({ reason: 'newer_version' })
    expect((await client.query('select * from schema_migrations order by version')).rows).toEqual(before)
    await client.end()
  })
})

describe('desks starting together on an empty database', () => {
  it('migrate it once between them, and all open it', async () => {
    const url = await newEmptyTestDatabase(server)
    created.push(url)
    const desks = await Promise.all([open(url), open(url), open(url)])
    await Promise.all(desks.map((desk) => desk.close()))
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const { rows } = await client.query<{ version: number }>('select version from schema_migrations order by version')
    await client.end()
    expect(rows.map(({ version }) => version)).toEqual(MIGRATIONS.map(({ version }) => version))
  })
})
