import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CallResult } from '../../src/shared/contract/errors'
import type { Clock } from '../../src/main/register/client-repository'
import { treatedLongAgo, untreatedLongAgo } from '../../src/main/privacy/record-retention'
import { queryPlan } from '../support/query-plan'
import { openTempRegister, type TempRegister } from '../support/temp-register'

// Record keeping, on either engine: how long the clinic keeps a client's records after their last
// treatment, by its country; erasing within that period needs a reason the audit log keeps; and
// the clients whose period has ended, found through indexes, for the owner to review.

let register: TempRegister
/** The clinic's clock: set back to make a record long ago, then Saturday 5 December 2026. */
let now = Date.parse('2015-03-01T10:00:00Z')
const clock: Clock = () => new Date((now += 1000))
const TODAY = Date.parse('2026-12-05T10:00:00Z')

beforeEach(async () => {
  now = Date.parse('2015-03-01T10:00:00Z')
  register = await openTempRegister({ clock })
})
afterEach(() => register.close())

const refusal = (result: CallResult<unknown>) => (result.ok ? undefined : result.error)

/** A client treated on each of `days` (in London, before today). */
async function clientTreatedOn(givenName: string, familyName: string, ...days: string[]) {
  const client = await register.ok('clients.create', { givenName, familyName, email: `${givenName.toLowerCase()}@example.com`, phone: '+44 7700 900123' })
  for (const day of days) {
    await register.ok('treatments.create', { clientId: client.id, performedAt: `${day}T11:00`, timeZone: 'Europe/London', zones: [{ zone: 'cheeks', depthMm: 1 }] })
  }
  return client
}

/** The clients of the story: one added in 2015 and never treated, then (today) one treated in 2017, one in 2020, one in 2016 and 2024. */
async function clinicHistory() {
  const untreatedLongAgo = await register.ok('clients.create', { givenName: 'Una', familyName: 'Old' })
  now = TODAY
  const untreatedNew = await register.ok('clients.create', { givenName: 'Nia', familyName: 'New' })
  const treated2017 = await clientTreatedOn('Ana', 'Silva', '2017-06-01')
  const treated2020 = await clientTreatedOn('Ben', 'Okafor', '2020-06-01')
  const treatedAgain = await clientTreatedOn('Cara', 'Ng', '2016-02-01', '2024-03-10')
  return { untreatedLongAgo, untreatedNew, treated2017, treated2020, treatedAgain }
}

describe('retention as a clinic setting', () => {
  it('follows the clinic’s country, 8 years in the UK and 10 in Germany or elsewhere, and the owner may set the years', async () => {
    now = TODAY
    const client = await clientTreatedOn('Ana', 'Silva', '2020-06-01')
    expect(await register.ok('clients.retention', { id: client.id })).toMatchObject({
      retention: { country: 'GB', years: 8 },
      countsFrom: '2020-06-01',
      countsFromTreatment: true,
      endsOn: '2028-06-01',
      ended: false
    })
    // The rules follow the clinic's country: a clinic in Germany keeps records for 10 years, one in France too.
    const settings = await register.ok('settings.get', {})
    await register.ok('settings.update', { ...settings, country: 'DE' })
    expect((await register.ok('clients.retention', { id: client.id })).endsOn).toBe('2030-06-01')
    await register.ok('settings.update', { ...settings, country: 'FR' })
    expect((await register.ok('clients.retention', { id: client.id })).retention).toEqual({ country: 'other', years: 10 })
    // The handout language no longer stands in for the country: German handouts in the United Kingdom keep 8 years.
    await register.ok('settings.update', { ...settings, country: 'GB', defaultLanguage: 'de' })
    expect((await register.ok('clients.retention', { id: client.id })).endsOn).toBe('2028-06-01')
    await register.ok('settings.setRetention', { years: 7 })
    expect(await register.ok('clients.retention', { id: client.id })).toMatchObject({ retention: { country: 'GB', years: 7 }, endsOn: '2027-06-01' })
    // The settings form does not carry the retention: saving it keeps the owner's choice.
    await register.ok('settings.update', { ...(await register.ok('settings.get', {})), name: 'Harbour Skin Clinic', retention: { years: null } })
    expect((await register.ok('settings.get', {})).retention).toEqual({ years: 7 })
    const [entry] = await register.ok('audit.list', { action: 'update' })
    expect((await register.ok('audit.list', {})).find((e) => e.details.retentionYears !== undefined)?.details).toEqual({ retentionCountry: 'GB', retentionYears: 7 })
    expect(entry?.subjectType).toBe('clinic')
  })

  it.each([
    [{ years: 0 }, 'Keep records for at least 1 year.'],
    [{ years: 2.5 }, 'Use a whole number of years.']
  ])('refuses %j, changing nothing', async (retention, message) => {
    const before = await register.snapshot()
    expect(refusal(await register.call('settings.setRetention', retention as never))?.message).toContain(message)
    expect(await register.snapshot()).toEqual(before)
  })

  it('counts a client with no treatment from the day their record was made, and a 29 February to 1 March', async () => {
    const { untreatedLongAgo, untreatedNew } = await clinicHistory()
    expect(await register.ok('clients.retention', { id: untreatedLongAgo.id })).toMatchObject({ countsFrom: '2015-03-01', countsFromTreatment: false, endsOn: '2023-03-01', ended: true })
    expect(await register.ok('clients.retention', { id: untreatedNew.id })).toMatchObject({ countsFrom: '2026-12-05', endsOn: '2034-12-05', ended: false })
    const leapDay = await clientTreatedOn('Lea', 'Pint', '2016-02-29')
    await register.ok('settings.setRetention', { years: 10 })
    expect((await register.ok('clients.retention', { id: leapDay.id })).endsOn).toBe('2026-03-01')
  })
})

describe('erasing a client within the retention period', () => {
  it('is refused without a reason, saying when the period ends, and nothing is erased', async () => {
    const { treated2020 } = await clinicHistory()
    const before = await register.snapshot()
    const refused = refusal(await register.call('clients.erase', { id: treated2020.id }))
    expect(refused?.code).toBe('invalid_input')
    expect(refused?.message).toContain('kept until 2028-06-01 (8 years after the last treatment)')
    expect(refused?.fields?.reason).toBeDefined()
    expect(refusal(await register.call('clients.erase', { id: treated2020.id, reason: '   ' }))?.message).toContain('give the reason')
    expect(await register.snapshot()).toEqual(before)
  })

  it.each([
    ['their family name', 'Ben Okafor asked us to'],
    ['their given name, in other case', 'ben moved abroad'],
    ['their email', 'request from ben@example.com'],
    ['their phone number', 'called from 07700 900123']
  ])('refuses a reason naming %s, as the audit log keeps no personal data', async (_what, reason) => {
    const { treated2020 } = await clinicHistory()
    expect(refusal(await register.call('clients.erase', { id: treated2020.id, reason }))?.message).toContain('without the client’s name or contact details')
    expect((await register.ok('clients.get', { id: treated2020.id })).id).toBe(treated2020.id)
  })

  it('erases with a reason, which the tombstone keeps with the day the period ends and no personal details', async () => {
    const { treated2020 } = await clinicHistory()
    const report = await register.ok('clients.erase', { id: treated2020.id, reason: 'Right to erasure request, checked with our adviser' })
    expect(report).toEqual({ clientId: treated2020.id, treatments: 1, handouts: 0, retentionEndsOn: '2028-06-01' })
    const [tombstone] = await register.ok('audit.list', { action: 'erase' })
    expect(tombstone).toMatchObject({
      subjectId: treated2020.id,
      details: { treatments: 1, handouts: 0, retentionEndsOn: '2028-06-01', withinRetention: true, reason: 'Right to erasure request, checked with our adviser' }
    })
    expect(JSON.stringify(tombstone)).not.toMatch(/Ben|Okafor|example\.com|7700/)
  })

  it('needs no reason once the period has ended', async () => {
    const { treated2017 } = await clinicHistory()
    await register.ok('clients.erase', { id: treated2017.id })
    const [tombstone] = await register.ok('audit.list', { action: 'erase' })
    expect(tombstone?.details).toEqual({ treatments: 1, handouts: 0, retentionEndsOn: '2025-06-01', withinRetention: false })
  })
})

describe('clients whose retention period has ended', () => {
  it('are listed for review, longest ended first, and none whose period still runs', async () => {
    const { untreatedLongAgo, treated2017 } = await clinicHistory()
    const review = await register.ok('privacy.retentionReview', {})
    expect(review.retention).toEqual({ country: 'GB', years: 8 })
    expect(review.more).toBe(false)
    expect(review.clients).toEqual([
      { id: untreatedLongAgo.id, name: 'Una Old', countsFrom: '2015-03-01', countsFromTreatment: false, endedOn: '2023-03-01' },
      { id: treated2017.id, name: 'Ana Silva', countsFrom: '2017-06-01', countsFromTreatment: true, endedOn: '2025-06-01' }
    ])
    expect((await register.ok('privacy.retentionReview', { limit: 1 })).more).toBe(true)
    await register.ok('settings.update', { ...(await register.ok('settings.get', {})), country: 'DE' })
    expect((await register.ok('privacy.retentionReview', {})).clients.map((client) => client.name)).toEqual(['Una Old'])
  })

  it('are found through indexes, never by reading every client or treatment', async () => {
    const { db } = register.database
    for (const query of [treatedLongAgo(db, '2018-12-06T00:00:00Z', 200), untreatedLongAgo(db, '2018-12-06T00:00:00Z', 200)]) {
      const plan = await queryPlan(register.database, query)
      // SQLite searches each index by its range ("SEARCH ... USING INDEX"); a "SCAN" would read a whole table or index.
      expect(plan).not.toMatch(/^SCAN |Seq Scan/m)
    }
  })

})
