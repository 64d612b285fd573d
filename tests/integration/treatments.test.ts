import { afterEach, beforeEach, describe, expect, it } from 'vitest'
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
