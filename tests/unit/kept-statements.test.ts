import { rmSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { keptStatements } from '../../src/main/db/kept-statements'
import { makeTempDir } from '../support/temp-register'

const opened: { sqlite: Sqlite.Database; folder: string }[] = []
afterEach(() => {
  for (const { sqlite, folder } of opened.splice(0)) {
    sqlite.close()
    rmSync(folder, { recursive: true, force: true })
  }
})

/** A database file with a few clients, and better-sqlite3's prepare watched. */
function openWithClients() {
  const folder = makeTempDir()
  const sqlite = new Sqlite(join(folder, 'register.sqlite3'))
  opened.push({ sqlite, folder })
  sqlite.exec(`create table clients (id integer primary key, name text not null);
    insert into clients (name) values ('Zoë Adams'), ('Nadia Haddad'), ('Eitan Levi');`)
  return { sqlite, prepared: vi.spyOn(sqlite, 'prepare') }
}

describe('statements kept for the next query with the same SQL', () => {
  it('prepares a query once, and answers it with the values of each run', () => {
    const { sqlite, prepared } = openWithClients()
    const database = keptStatements(sqlite)
    const byId = 'select name from clients where id = ?'
    expect(database.prepare(byId).all([1])).toEqual([{ name: 'Zoë Adams' }])
    expect(database.prepare(byId).all([3])).toEqual([{ name: 'Eitan Levi' }])
    expect(prepared).toHaveBeenCalledTimes(1)
  })

  it('gives a fresh statement to a query that meets its SQL still being read row by row', () => {
    const { sqlite, prepared } = openWithClients()
    const database = keptStatements(sqlite)
    const all = 'select name from clients order by id'
    const rows = database.prepare(all).iterate([])
    expect(rows.next().value).toEqual({ name: 'Zoë Adams' })
    expect(database.prepare(all).all([])).toHaveLength(3)
    expect([...rows]).toEqual([{ name: 'Nadia Haddad' }, { name: 'Eitan Levi' }])
    expect(prepared).toHaveBeenCalledTimes(2)
    // Read to the end, the kept statement is free again.
    expect(database.prepare(all).all([])).toHaveLength(3)
    expect(prepared).toHaveBeenCalledTimes(2)
  })

  it('makes room by letting go of the statement used longest ago', () => {
    const { sqlite, prepared } = openWithClients()
    const database = keptStatements(sqlite, 2)
    const [first, second, third] = ['select 1 as n', 'select 2 as n', 'select 3 as n']
    for (const sql of [first, second, first, third, first, second]) database.prepare(sql as string).all([])
    // The first was used again before the third came, so the second made room for it.
    expect(prepared.mock.calls.map(([sql]) => sql)).toEqual([first, second, third, second])
  })

  it('sees a change of the table a kept statement reads', () => {
    const { sqlite } = openWithClients()
    const database = keptStatements(sqlite)
    const everything = 'select * from clients where id = ?'
    expect(database.prepare(everything).all([2])).toEqual([{ id: 2, name: 'Nadia Haddad' }])
    sqlite.exec(`alter table clients add column phone text; update clients set phone = '+447700900123' where id = 2`)
    expect(database.prepare(everything).all([2])).toEqual([{ id: 2, name: 'Nadia Haddad', phone: '+447700900123' }])
  })
})
