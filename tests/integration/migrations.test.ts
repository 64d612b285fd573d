import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqliteRegister } from '../../src/main/db/open-sqlite-register'
import { DatabaseOpenError } from '../../src/main/db/database-open-error'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { clientNameFolds, clientSearchTerms } from '../../src/main/register/client-search-terms'
import { makeTempDir, openTempSqliteRegister } from '../support/temp-register'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
function tempFile(): string {
  const dir = makeTempDir()
  dirs.push(dir)
  return join(dir, 'register.sqlite3')
}
const ZOE = { givenName: 'Zoë', familyName: 'Łukasiewicz', dateOfBirth: null, phone: '+44 7700 900123', email: null }

/** Writes a client the way the app at `version` did: from version 2 on, with its search terms. */
function writeClientAsAtVersion(sqlite: Sqlite.Database, version: number): void {
  const id = '01JDK9Z5R8W3V6Y2T4Q7N1M0PX'
  const at = '2026-01-01T00:00:00Z'
  sqlite
    .prepare(
      `insert into clients (id, given_name, family_name, phone, language, notes, archived, created_at, updated_at, last_activity_at)
       values (?, ?, ?, ?, 'en', '', 0, ?, ?, ?)`
    )
    .run(id, ZOE.givenName, ZOE.familyName, ZOE.phone, at, at, at)
  if (version < 2) return
  const folds = clientNameFolds(ZOE)
  sqlite.prepare('update clients set name_fold = ?, name_fold_reversed = ? where id = ?').run(folds.name_fold, folds.name_fold_reversed, id)
  const addTerm = sqlite.prepare('insert into client_search_terms (term, client_id) values (?, ?)')
  for (const term of clientSearchTerms(ZOE)) addTerm.run(term, id)
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('migrations', () => {
  it('builds the whole schema on an empty file and records every step', async () => {
    const file = tempFile()
    const database = await openSqliteRegister(file)
    await database.close()
    const sqlite = new Sqlite(file, { readonly: true })
    const applied = sqlite.prepare('select version, name from schema_migrations order by version').all()
    expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })))
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    sqlite.close()
  })

  it('is a no-op when nothing is pending', async () => {
    const file = tempFile()
    await (await openSqliteRegister(file)).close()
    const again = await openSqliteRegister(file)
    await again.close()
    const sqlite = new Sqlite(file, { readonly: true })
    expect(sqlite.prepare('select count(*) as n from schema_migrations').get()).toEqual({ n: MIGRATIONS.length })
    sqlite.close()
  })

  it.each(MIGRATIONS.slice(0, -1).map((migration) => migration.version))(
    'upgrades a register left at version %i, keeping and indexing its clients',
    async (version) => {
      const file = tempFile()
      await (await openSqliteRegister(file, { migrateTo: version })).close()
      // A client written as the app of that version wrote it, straight into its tables.
      const sqlite = new Sqlite(file)
      writeClientAsAtVersion(sqlite, version)
      sqlite.close()

      const register = await openTempSqliteRegister({ dir: dirs.at(-1) })
      const found = await register.ok('clients.search', { query: 'lukasiewicz' })
      expect(found.map((client) => client.givenName)).toEqual(['Zoë'])
      expect(await register.ok('clients.search', { query: '900123' })).toHaveLength(1)
      await register.close()
    }
  )

  it('fills the treatment choices from the treatments a register already holds (version 7)', async () => {
    const dir = makeTempDir()
    dirs.push(dir)
    const earlier = await openTempSqliteRegister({ dir, migrateTo: 6 })
    // A client, and treatments recorded at 10:00, 11:00 and 12:00, straight into the tables as
    // the app at version 6 wrote them (today's handlers write what version 6 had not).
    const clientId = 'client-ana'
    await earlier.database.db
      .insertInto('clients')
      .values({ id: clientId, given_name: 'Ana', family_name: 'Silva', language: 'en', notes: '', archived: 0, created_at: '2026-11-20T09:00:00Z', updated_at: '2026-11-20T09:00:00Z', last_activity_at: '2026-11-20T09:00:00Z', name_fold: 'ana silva', name_fold_reversed: 'silva ana' })
      .execute()
    for (const [hour, practitioner, device] of [
      [10, 'Dr Okafor', 'Microneedling pen'],
      [11, 'Sophie Laurent', null],
      [12, 'Dr Okafor', 'Derma roller']
    ] as const) {
      await earlier.database.db
        .insertInto('treatments')
        .values({
          id: `treatment-${hour}`,
          client_id: clientId,
          performed_at_local: '2026-11-20T14:30',
          time_zone: 'Europe/London',
          performed_at_utc: '2026-11-20T14:30:00Z',
          practitioner,
          device,
          concerns: '[]',
          products: null,
          notes: '',
          session_number: null,
          created_at: `2026-11-20T${hour}:00:00.000Z`
        })
        .execute()
    }
    await earlier.close()
    const register = await openTempSqliteRegister({ dir })
    // Each once, most recently used first (the clinic's own lists come first; it has none here).
    const { practitioners, devices } = await register.ok('treatments.suggestions', {})
    expect(practitioners).toEqual(['Dr Okafor', 'Sophie Laurent'])
    expect(devices.slice(0, 2)).toEqual(['Derma roller', 'Microneedling pen'])
    await register.close()
  })

  it('refuses a register from a newer app and leaves the file byte for byte as it was', async () => {
    const file = tempFile()
    await (await openSqliteRegister(file)).close()
    const sqlite = new Sqlite(file)
    sqlite.prepare("insert into schema_migrations values (999, 'from the future', '2030-01-01T00:00:00Z')").run()
    sqlite.pragma('journal_mode = DELETE')
    sqlite.close()
    const before = sha256(file)

    const opening = openSqliteRegister(file)
    await expect(opening).rejects.toThrow(DatabaseOpenError)
    await expect(openSqliteRegister(file)).rejects.toThrow(/newer version of Aftercare Desk.*not changed/)
    expect(sha256(file)).toBe(before)
  })

  it('refuses a register whose history names a migration this app does not know', async () => {
    const file = tempFile()
    await (await openSqliteRegister(file)).close()
    const sqlite = new Sqlite(file)
    sqlite.prepare("update schema_migrations set name = 'something else' where version = 1").run()
    sqlite.close()
    await expect(openSqliteRegister(file)).rejects.toMatchObject({ reason: 'unknown_history' })
  })

  it('refuses a file that is not a database and leaves it untouched', async () => {
    const file = tempFile()
    writeFileSync(file, 'These are my holiday notes, not a database. '.repeat(200))
    const before = sha256(file)
    await expect(openSqliteRegister(file)).rejects.toMatchObject({ reason: 'not_a_database' })
    expect(sha256(file)).toBe(before)
  })
})
