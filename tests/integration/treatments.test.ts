import { SelectQueryNode, TableNode } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientRepository } from '../../src/main/register/client-repository'
import { TreatmentRepository } from '../../src/main/register/treatment-repository'
import { ProtocolRepository } from '../../src/main/handouts/protocol-repository'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

describe('treatments', () => {
  it('records a treatment with its zones, depths, local time and time zone', async () => {
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const treatment = await register.ok('treatments.create', {
      clientId: client.id,
      performedAt: '2026-11-20T14:30',
      timeZone: 'America/New_York',
      practitioner: 'Dr Okafor',
      device: 'Microneedling pen',
      concerns: ['acne_scars', 'texture', 'acne_scars'],
      zones: [
        { zone: 'cheeks', depthMm: 1.5 },
        { zone: 'periorbital', depthMm: 0.25 }
      ],
      products: 'Hyaluronic acid serum',
      notes: 'Tolerated well.',
      sessionNumber: 2
    })
    expect(treatment).toMatchObject({
      clientId: client.id,
      performedAt: '2026-11-20T14:30',
      timeZone: 'America/New_York',
      concerns: ['acne_scars', 'texture'],
      zones: [
        { zone: 'cheeks', depthMm: 1.5 },
        { zone: 'periorbital', depthMm: 0.25 }
      ],
      deepestDepthMm: 1.5,
      sessionNumber: 2
    })
    expect(await register.ok('treatments.get', { id: treatment.id })).toEqual(treatment)
  })

  it('stores depths with two decimals exactly', async () => {
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const treatment = await register.ok('treatments.create', {
      clientId: client.id,
      performedAt: '2026-11-20T14:30',
      timeZone: 'UTC',
      zones: [
        { zone: 'neck', depthMm: 0.1 },
        { zone: 'scalp', depthMm: 1.05 },
        { zone: 'hands', depthMm: 2.99 }
      ]
    })
    expect(treatment.zones.map((zone) => zone.depthMm)).toEqual([0.1, 1.05, 2.99])
  })

  it("lists a client's treatments newest first, by the moment they happened", async () => {
    const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const record = (performedAt: string, timeZone: string) =>
      register.ok('treatments.create', { clientId: client.id, performedAt, timeZone, zones: [{ zone: 'chin', depthMm: 1 }] })
    await record('2026-10-01T10:00', 'Europe/London')
    await record('2026-11-01T09:00', 'Asia/Tokyo') // 00:00 UTC
    await record('2026-10-31T20:00', 'America/New_York') // 00:00 UTC on 1 November
    const history = await register.ok('treatments.listForClient', { clientId: client.id })
    expect(history.map((t) => t.performedAt)).toEqual(['2026-10-31T20:00', '2026-11-01T09:00', '2026-10-01T10:00'])
  })

  it('refuses a treatment for a client who is not in the register, writing nothing', async () => {
    const before = await register.snapshot()
    const result = await register.call('treatments.create', {
      clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX',
      performedAt: '2026-11-20T14:30',
      timeZone: 'UTC',
      zones: [{ zone: 'chin', depthMm: 1 }]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await register.snapshot()).toEqual(before)
  })

  it('marks the client as recently active', async () => {
    const first = await register.ok('clients.create', { givenName: 'Ana', familyName: 'First' })
    const second = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Second' })
    expect((await register.ok('clients.search', { query: 'ana' }))[0]?.id).toBe(second.id)
    await register.ok('treatments.create', {
      clientId: first.id,
      performedAt: '2026-11-20T14:30',
      timeZone: 'UTC',
      zones: [{ zone: 'chin', depthMm: 1 }]
    })
    expect((await register.ok('clients.search', { query: 'ana' }))[0]?.id).toBe(first.id)
  })
})

describe('the day list and pick lists', () => {
  it("lists a local day's treatments newest first with their clients, and nothing from the days around it", async () => {
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const bea = await register.ok('clients.create', { givenName: 'Bea', familyName: 'Jones' })
    const record = (clientId: string, performedAt: string) =>
      register.ok('treatments.create', { clientId, performedAt, timeZone: 'Europe/London', zones: [{ zone: 'chin', depthMm: 1 }] })
    await record(ana.id, '2026-07-14T23:59') // the day before (22:59 UTC)
    const morning = await record(ana.id, '2026-07-15T00:00')
    const afternoon = await record(bea.id, '2026-07-15T15:30')
    await record(bea.id, '2026-07-16T00:00') // the day after
    const day = await register.ok('treatments.listForDay', { date: '2026-07-15', timeZone: 'Europe/London' })
    expect(day.map((entry) => [entry.treatment.id, entry.client.givenName])).toEqual([
      [afternoon.id, 'Bea'],
      [morning.id, 'Ana']
    ])
  })

  it("reads a busy day's clients in one query, however many clients came", async () => {
    const clients = await Promise.all(
      ['Ana', 'Bea', 'Cleo', 'Dora', 'Eve', 'Fay'].map((givenName) => register.ok('clients.create', { givenName, familyName: 'Silva' }))
    )
    for (const [index, client] of clients.entries()) {
      await register.ok('treatments.create', {
        clientId: client.id,
        performedAt: `2026-07-15T${String(9 + index).padStart(2, '0')}:00`,
        timeZone: 'Europe/London',
        zones: [{ zone: 'chin', depthMm: 1 }]
      })
    }
    // Every query the repositories send is seen on its way to SQLite.
    const tablesRead: string[] = []
    const watching = register.database.db.withPlugin({
      transformQuery({ node }) {
        if (SelectQueryNode.is(node)) tablesRead.push(...(node.from?.froms ?? []).map((from) => (TableNode.is(from) ? from.table.identifier.name : '?')))
        return node
      },
      transformResult: async ({ result }) => result
    })
    const day = await new TreatmentRepository(watching, new ClientRepository(watching), new ProtocolRepository(watching)).listForDay('2026-07-15', 'Europe/London')
    expect(day).toHaveLength(6)
    expect(tablesRead.filter((table) => table === 'clients')).toHaveLength(1)
  })

  it('refuses a day that does not exist', async () => {
    const result = await register.call('treatments.listForDay', { date: '2026-02-30', timeZone: 'Europe/London' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { date: 'Choose a real day, as YYYY-MM-DD.' } } })
  })

  it('remembers practitioners and devices, most recently used first, each once', async () => {
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    for (const [practitioner, device] of [
      ['Dr Okafor', 'Microneedling pen'],
      ['Nurse Shah', 'Derma roller'],
      ['Dr Okafor', 'RF microneedling'],
      [null, null]
    ] as const) {
      await register.ok('treatments.create', {
        clientId: ana.id,
        performedAt: '2026-11-20T10:00',
        timeZone: 'UTC',
        practitioner,
        device,
        zones: [{ zone: 'chin', depthMm: 1 }]
      })
    }
    expect(await register.ok('treatments.suggestions', {})).toEqual({
      practitioners: ['Dr Okafor', 'Nurse Shah'],
      devices: ['RF microneedling', 'Derma roller', 'Microneedling pen']
    })
  })

  it('counts clients, with or without the archived ones', async () => {
    const ana = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    await register.ok('clients.create', { givenName: 'Bea', familyName: 'Jones' })
    await register.ok('clients.setArchived', { id: ana.id, archived: true })
    expect(await register.ok('clients.count', {})).toBe(1)
    expect(await register.ok('clients.count', { includeArchived: true })).toBe(2)
  })
})
