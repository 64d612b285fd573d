import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { AuditLog } from '../../../src/main/audit/audit-log'
import { openRegister } from '../../../src/main/db/open-register'
import type { RegisterDatabase } from '../../../src/main/db/register-database'
import { startThrowawayServer, type ThrowawayServer } from '../../support/postgres-server'
import { callsOf, deskHandlerTable, testActor, type TempRegister } from '../../support/temp-register'
import { dropTestDatabase, newTestDatabase } from '../../support/test-databases'

/** One desk: its own connection pool and handler table, as each computer in the clinic has. */
interface Desk extends Pick<TempRegister, 'call' | 'ok'> {
  database: RegisterDatabase
}

const openDesks: Desk[] = []
afterEach(async () => {
  await Promise.all(openDesks.splice(0).map((desk) => desk.database.close()))
})

async function desk(url: string, actor: string): Promise<Desk> {
  const database = await openRegister(url, { serverBackupsDir: '/nonexistent' })
  const opened: Desk = { database, ...callsOf(deskHandlerTable(database, actor)) }
  openDesks.push(opened)
  return opened
}

const treatmentOf = (clientId: string, minute: number) => ({
  clientId,
  performedAt: `2026-11-20T14:${String(minute).padStart(2, '0')}`,
  timeZone: 'Europe/London',
  practitioner: minute % 2 ? 'Dr Amara Okafor' : 'Sophie Laurent',
  device: 'Microneedling pen',
  zones: [{ zone: 'cheeks' as const, depthMm: 1 }]
})

describe('two desks on one server register', () => {
  const server = inject('postgres')
  let url: string
  beforeAll(async () => {
    url = await newTestDatabase(server)
  })
  afterAll(() => dropTestDatabase(server, url))

  it("share one staff list: a person added at one desk is on the other's lock screen, and wrong PINs sent at once from both start one wait", async () => {
    const own = await newTestDatabase(server)
    try {
      const [reception, room2] = await Promise.all([desk(own, 'Reception'), desk(own, 'Room 2')])
      await reception.ok('desk.setUp', { signIn: 'staff', ownerName: 'Maria Lopez', pin: '482913' })
      const jo = await reception.ok('staff.create', { name: 'Jo Reyes', role: 'reception', pin: '1234' })
      expect(await room2.ok('desk.state', {})).toMatchObject({ kind: 'locked', staff: [{ name: 'Jo Reyes' }, { name: 'Maria Lopez' }] })
      const tries = Array.from({ length: 10 }, (_, i) => (i % 2 ? reception : room2).call('desk.signIn', { staffId: jo.id, pin: `99${i}0` }))
      const messages = (await Promise.all(tries)).map((result) => (result.ok ? 'signed in' : result.error.message))
      expect(messages.filter((message) => message.startsWith('That PIN is not right'))).toHaveLength(4)
      expect(messages.filter((message) => message.startsWith('Too many wrong PINs for Jo Reyes'))).toHaveLength(6)
      const waits = await reception.ok('audit.list', { action: 'pin-wait' })
      expect(waits.map(({ details }) => details)).toEqual([{ seconds: 30 }])
    } finally {
      await Promise.all(openDesks.splice(0).map((opened) => opened.database.close()))
      await dropTestDatabase(server, own)
    }
  })

  it('save treatments for the same client at the same moment, and every one lands, with its audit entry', async () => {
    const [reception, room2] = await Promise.all([desk(url, 'Reception'), desk(url, 'Room 2')])
    const client = await reception.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const saves = Array.from({ length: 12 }, (_, minute) => (minute % 2 ? reception : room2).call('treatments.create', treatmentOf(client.id, minute)))
    const results = await Promise.all(saves)
    expect(results.filter((result) => !result.ok)).toEqual([])
    expect(await reception.ok('treatments.listForClient', { clientId: client.id })).toHaveLength(12)
    const entries = await room2.ok('audit.list', { clientId: client.id })
    expect(entries.filter(({ action, subjectType }) => action === 'create' && subjectType === 'treatment')).toHaveLength(12)
    expect((await room2.ok('treatments.suggestions', {})).practitioners).toEqual(expect.arrayContaining(['Dr Amara Okafor', 'Sophie Laurent']))
  })

  it("refuse a stale edit of the same client with the other desk's name: neither loses the other's change", async () => {
    const [reception, room2] = await Promise.all([desk(url, 'Reception'), desk(url, 'Room 2')])
    const client = await reception.ok('clients.create', { givenName: 'Cy', familyName: 'Moss' })
    const edits = await Promise.all([
      reception.call('clients.update', { id: client.id, fields: { givenName: 'Cy', familyName: 'Moss', phone: '0117 496 0000' }, version: client.version }),
      room2.call('clients.update', { id: client.id, fields: { givenName: 'Cy', familyName: 'Moss', notes: 'Prefers mornings' }, version: client.version })
    ])
    const [saved, refused] = edits[0].ok ? edits : [edits[1], edits[0]]
    expect(saved?.ok).toBe(true)
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const winner = edits[0].ok ? 'Reception' : 'Room 2'
    if (refused && !refused.ok) expect(refused.error.message).toContain(`Changed at another desk by ${winner} at`)
    expect((await room2.ok('clients.get', { id: client.id })).version).toBe(client.version + 1)
  })

  it('save protocol versions at the same moment: each save is kept with its own number, or told to try again', async () => {
    const [reception, owner] = await Promise.all([desk(url, 'Reception'), desk(url, 'Owner')])
    const current = await reception.ok('protocol.current', {})
    const saves = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        (index % 2 ? reception : owner).call('protocol.save', { protocol: current.protocol, note: `save ${index}`, createdBy: 'Dr Okafor' })
      )
    )
    const refused = saves.filter((result) => !result.ok)
    expect(refused.map((result) => (result.ok ? '' : result.error.code)).filter((code) => code !== 'database_busy')).toEqual([])
    const versions = await owner.ok('protocol.versions', {})
    expect(versions.filter(({ note }) => note.startsWith('save '))).toHaveLength(saves.length - refused.length)
  })

  // PostgreSQL numbers audit entries as they are written, not as they are committed: the
  // change mark must still move for a change committed after a later-numbered one.
  it('move the change mark with every commit, whatever order the changes were numbered in', async () => {
    const [reception, room2, watcher] = await Promise.all([desk(url, 'Reception'), desk(url, 'Room 2'), desk(url, 'Manager')])
    const marks: number[] = [(await watcher.ok('app.changes', {})).mark]
    let finishFirst!: () => void
    const firstMayFinish = new Promise<void>((resolve) => (finishFirst = resolve))
    const first = reception.database.inOneTransaction(async () => {
      await new AuditLog(reception.database.db).record(testActor('Reception'), { action: 'create', subjectType: 'client', subjectId: null })
      await firstMayFinish
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const second = room2.database.inOneTransaction(() =>
      new AuditLog(room2.database.db).record(testActor('Room 2'), { action: 'create', subjectType: 'client', subjectId: null })
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    marks.push((await watcher.ok('app.changes', {})).mark)
    finishFirst()
    await Promise.all([first, second])
    marks.push((await watcher.ok('app.changes', {})).mark)
    // Nothing committed: no move. Both committed: moved by two.
    expect(marks[1]).toBe(marks[0])
    expect(marks[2]).toBe((marks[0] as number) + 2)
  })

  it("see each other's work at once: a treatment from room 2 is on reception's Today and the client's page, and moves the change mark", async () => {
    const [reception, room2] = await Promise.all([desk(url, 'Reception'), desk(url, 'Room 2')])
    const client = await reception.ok('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    const { mark } = await reception.ok('app.changes', {})
    const treatment = await room2.ok('treatments.create', treatmentOf(client.id, 30))
    expect((await reception.ok('app.changes', {})).mark).toBeGreaterThan(mark)
    const today = await reception.ok('treatments.listForDay', { date: '2026-11-20', timeZone: 'Europe/London' })
    expect(today.map(({ treatment: { id } }) => id)).toContain(treatment.id)
    expect((await reception.ok('treatments.listForClient', { clientId: client.id })).map(({ id }) => id)).toEqual([treatment.id])
  })
})

describe('a connection lost while a change is committed', () => {
  const server = inject('postgres')
  it('tells the desk the change may have been saved, so that it is looked for before being saved again', async () => {
    const url = await newTestDatabase(server)
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      // A check that runs at commit and takes a moment: the connection is cut during it.
      await admin.query(`create function slow_commit() returns trigger language plpgsql as $$ begin perform pg_sleep(5); return null; end $$`)
      await admin.query(`create constraint trigger clients_slow_commit after insert on clients deferrable initially deferred for each row execute function slow_commit()`)
      const reception = await desk(url, 'Reception')
      const saving = reception.call('clients.create', { givenName: 'Ana', familyName: 'Silva' })
      await vi.waitFor(async () => {
        const { rows } = await admin.query(`select pid from pg_stat_activity where wait_event = 'PgSleep' and datname = current_database()`)
        expect(rows).toHaveLength(1)
        await admin.query('select pg_terminate_backend($1)', [rows[0].pid])
      }, { timeout: 4000, interval: 50 })
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const result = await saving
      logged.mockRestore()
      expect(result).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
      if (!result.ok) expect(result.error.message).toContain('it may or may not have been saved. Look for it first')
    } finally {
      await admin.end()
      await dropTestDatabase(server, url)
    }
  })
})

describe('a desk whose server goes away', () => {
  let own: ThrowawayServer
  let url: string
  beforeAll(async () => {
    own = await startThrowawayServer()
    await own.admin('create database register')
    url = own.url('register')
  })
  afterAll(() => own.stop())

  it('says so in plain words, saves nothing meanwhile, and saves the retried change once the server is back', async () => {
    const reception = await desk(url, 'Reception')
    await reception.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    own.halt()
    // halt() blocks this process; give the desk the moment a real outage gives it to hear its connections end.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const during = await reception.call('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    logged.mockRestore()
    expect(during).toMatchObject({ ok: false, error: { code: 'unreachable' } })
    if (!during.ok) expect(during.error.message).toMatch(/^The clinic's server cannot be reached, so nothing was saved/)
    own.resume()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const retried = await reception.call('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    expect(retried.ok).toBe(true)
    const names = (await reception.ok('clients.list', { limit: 10 })).map(({ givenName }) => givenName)
    expect(names.sort()).toEqual(['Ana', 'Bea'])
  })
})
