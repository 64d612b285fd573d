import { afterEach, describe, expect, it } from 'vitest'
import { seedDemoRegister } from '../../src/main/cli/seed-demo'
import { openTempSqliteRegister, type SqliteTempRegister } from '../support/temp-register'

const registers: SqliteTempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

const indexNames = (register: SqliteTempRegister): string[] =>
  register.database.sqlite.prepare("select name from sqlite_master where type = 'index' order by name").pluck().all() as string[]

describe('the demo seed, a bulk load', () => {
  it('leaves every index in place, rebuilt, and the seeded clients findable', async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    const before = indexNames(register)
    const report = await seedDemoRegister(register.database, { clients: 200, seed: 3 })
    expect(report.clients).toBe(200)
    expect(indexNames(register)).toEqual(before)
    expect(register.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    const [first] = await register.ok('clients.list', {})
    const found = await register.ok('clients.search', { query: `${first?.givenName} ${first?.familyName}` })
    expect(found.map(({ id }) => id)).toContain(first?.id)
  })

  it('that stops half-way leaves the register exactly as it was, indexes and all', async () => {
    const register = await openTempSqliteRegister()
    registers.push(register)
    await register.ok('clients.create', { givenName: 'Ana', familyName: 'Lima' })
    const indexes = indexNames(register)
    const before = await register.snapshot()
    // The first batch of treatments fails, as a full disk would make it, after its clients went in.
    register.database.sqlite.exec("create temp trigger seed_fails before insert on treatments begin select raise(fail, 'disk full'); end")
    await expect(seedDemoRegister(register.database, { clients: 50, seed: 3 })).rejects.toThrow(/disk full/)
    expect(indexNames(register)).toEqual(indexes)
    expect(await register.snapshot()).toEqual(before)
  })
})
