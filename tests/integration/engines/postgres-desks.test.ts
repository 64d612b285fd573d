import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { createHandlerTable } from '../../../src/main/api/handler-table'
import { fontsDir, projectRoot } from '../../../src/main/app-paths'
import { openRegister } from '../../../src/main/db/open-register'
import type { RegisterDatabase } from '../../../src/main/db/register-database'
import { startThrowawayServer, type ThrowawayServer } from '../../support/postgres-server'
import { callsOf, type TempRegister } from '../../support/temp-register'
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
  const table = createHandlerTable({ database, appName: 'Aftercare Desk', appVersion: '0.0.0-test', fontsDir: fontsDir(projectRoot(import.meta.url)), actor })
  const opened: Desk = { database, ...callsOf(table) }
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
    expect(during).toMatchObject({ ok: false, error: { code: 'database_unavailable' } })
    if (!during.ok) expect(during.error.message).toMatch(/^The clinic's server cannot be reached, so nothing was saved/)
    own.resume()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const retried = await reception.call('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    expect(retried.ok).toBe(true)
    const names = (await reception.ok('clients.list', { limit: 10 })).map(({ givenName }) => givenName)
    expect(names.sort()).toEqual(['Ana', 'Bea'])
  })
})
