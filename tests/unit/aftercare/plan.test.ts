import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { MILESTONE_KEYS, type MilestoneKey } from '../../../src/shared/aftercare/handout-texts'
import { planAftercare, type AftercarePlan } from '../../../src/shared/aftercare/plan'
import type { AftercareProtocol } from '../../../src/shared/aftercare/protocol'
import { aClient, aTreatment } from './fixtures'

function plan(changes: Parameters<typeof aTreatment>[0] = {}, protocol: AftercareProtocol = DEFAULT_PROTOCOL) {
  return planAftercare(aTreatment(changes), aClient(), protocol)
}

function milestone(aftercare: AftercarePlan, key: MilestoneKey) {
  const found = aftercare.milestones.find((each) => each.key === key)
  if (!found) throw new Error(`The plan has no ${key} milestone.`)
  return found
}

const startOf = (aftercare: AftercarePlan, key: MilestoneKey) => milestone(aftercare, key).start

describe('the depth band', () => {
  it.each([
    [0.1, 'light'],
    [0.5, 'light'],
    [0.51, 'medium'],
    [1.0, 'medium'],
    [1.01, 'deep'],
    [1.5, 'deep'],
    [1.51, 'very_deep'],
    [3.0, 'very_deep']
  ])('a deepest depth of %s mm is in the %s band', (depthMm, bandId) => {
    expect(plan({ depthMm }).band.id).toBe(bandId)
  })

  it('is picked by the deepest zone', () => {
    const aftercare = plan({
      zones: [
        { zone: 'forehead', depthMm: 0.25 },
        { zone: 'scar_sites', depthMm: 1.5 },
        { zone: 'cheeks', depthMm: 1.0 }
      ]
    })
    expect(aftercare.band).toMatchObject({ id: 'deep', name: 'Deep treatment', overMm: 1.0, upToMm: 1.5 })
    expect(aftercare.deepestZone).toEqual({ zone: 'scar_sites', label: 'Scar sites', depthMm: 1.5 })
  })
})

describe('milestones', () => {
  it('are local times with seconds and a +00:00 offset in UTC, never "Z"', () => {
    const aftercare = plan({ performedAt: '2026-11-30T14:30', timeZone: 'UTC', depthMm: 0.5 })
    expect(aftercare.performedAt).toBe('2026-11-30T14:30:00+00:00')
    expect(aftercare.milestones.map(({ key, label, start, end }) => ({ key, label, start, end }))).toEqual([
      { key: 'first_wash', label: 'First gentle wash', start: '2026-11-30T18:30:00+00:00', end: '2026-11-30T20:30:00+00:00' },
      { key: 'makeup_and_sunscreen', label: 'Makeup and sunscreen', start: '2026-12-01T14:30:00+00:00', end: undefined },
      { key: 'sweating_and_heat', label: 'Workouts, sauna and hot showers', start: '2026-12-01T14:30:00+00:00', end: undefined },
      { key: 'strict_sun_avoidance', label: 'Keep out of the sun', start: '2026-11-30T14:30:00+00:00', end: '2026-12-03T14:30:00+00:00' },
      { key: 'daily_spf', label: 'Sunscreen every day', start: '2026-12-01T14:30:00+00:00', end: '2026-12-29T14:30:00+00:00' },
      { key: 'acids_and_scrubs', label: 'Acids, scrubs and alcohol toners', start: '2026-12-05T14:30:00+00:00', end: undefined },
      { key: 'retinoids', label: 'Retinol and retinoids', start: '2026-12-05T14:30:00+00:00', end: undefined }
    ])
  })

  it('print as the admin CLI shows them, without an end where a rule has none', () => {
    const printed = JSON.parse(JSON.stringify(plan().milestones)) as Record<string, unknown>[]
    expect(printed.map((each) => Object.keys(each))).toContainEqual(['key', 'label', 'start', 'advice'])
    expect(printed.map((each) => each.key)).toEqual([...MILESTONE_KEYS])
  })

  it('grow with depth', () => {
    const light = plan({ depthMm: 0.25 })
    const veryDeep = plan({ depthMm: 2.5 })
    expect(startOf(veryDeep, 'makeup_and_sunscreen')).toBe('2026-12-02T14:30:00+00:00')
    expect(startOf(veryDeep, 'sweating_and_heat')).toBe('2026-12-03T14:30:00+00:00')
    expect(startOf(veryDeep, 'retinoids')).toBe('2026-12-14T14:30:00+00:00')
    expect(milestone(veryDeep, 'strict_sun_avoidance').end).toBe('2026-12-14T14:30:00+00:00')
    expect(milestone(veryDeep, 'daily_spf').end).toBe('2027-01-27T14:30:00+00:00')
    expect(startOf(light, 'retinoids')).toBe('2026-12-05T14:30:00+00:00')
  })
})

describe('daylight saving', () => {
  it('Europe/London spring forward: a 24-hour rule lands one clock hour later, a 7-day rule on the same clock time', () => {
    const light = plan({ performedAt: '2026-03-28T10:00', timeZone: 'Europe/London', depthMm: 0.5 })
    expect(light.performedAt).toBe('2026-03-28T10:00:00+00:00')
    expect(startOf(light, 'makeup_and_sunscreen')).toBe('2026-03-29T11:00:00+01:00')
    expect(milestone(light, 'strict_sun_avoidance').end).toBe('2026-03-31T10:00:00+01:00')

    const medium = plan({ performedAt: '2026-03-28T10:00', timeZone: 'Europe/London', depthMm: 0.75 })
    expect(startOf(medium, 'retinoids')).toBe('2026-04-04T10:00:00+01:00')
    expect(startOf(medium, 'sweating_and_heat')).toBe('2026-03-30T11:00:00+01:00')
  })

  it('America/New_York fall back: a 24-hour rule lands one clock hour earlier, a 7-day rule on the same clock time', () => {
    const medium = plan({ performedAt: '2026-10-31T10:00', timeZone: 'America/New_York', depthMm: 1.0 })
    expect(medium.performedAt).toBe('2026-10-31T10:00:00-04:00')
    expect(startOf(medium, 'makeup_and_sunscreen')).toBe('2026-11-01T09:00:00-05:00')
    expect(startOf(medium, 'retinoids')).toBe('2026-11-07T10:00:00-05:00')
  })

  it('a treatment in the repeated hour counts from its first occurrence', () => {
    const aftercare = plan({ performedAt: '2026-11-01T01:30', timeZone: 'America/New_York' })
    expect(aftercare.performedAt).toBe('2026-11-01T01:30:00-04:00')
    expect(milestone(aftercare, 'first_wash')).toMatchObject({
      start: '2026-11-01T04:30:00-05:00',
      end: '2026-11-01T06:30:00-05:00'
    })
  })

  it('a treatment time skipped by the clocks moves forward by the missing hour', () => {
    const aftercare = plan({ performedAt: '2026-03-29T01:30', timeZone: 'Europe/London' })
    expect(aftercare.performedAt).toBe('2026-03-29T02:30:00+01:00')
    expect(startOf(aftercare, 'makeup_and_sunscreen')).toBe('2026-03-30T02:30:00+01:00')
  })
})

describe('calendar edges', () => {
  it('counts days from 29 February 2028', () => {
    const aftercare = plan({ performedAt: '2028-02-29T09:15', timeZone: 'Europe/London', depthMm: 0.5 })
    expect(startOf(aftercare, 'makeup_and_sunscreen')).toBe('2028-03-01T09:15:00+00:00')
    expect(milestone(aftercare, 'strict_sun_avoidance').end).toBe('2028-03-03T09:15:00+00:00')
    expect(startOf(aftercare, 'retinoids')).toBe('2028-03-05T09:15:00+00:00')
    expect(aftercare.stages.slice(0, 2)).toMatchObject([
      { key: 'right_after', firstDay: '2028-02-29', lastDay: '2028-02-29' },
      { key: 'days_1_to_3', firstDay: '2028-03-01', lastDay: '2028-03-03' }
    ])
    expect(aftercare.nextSession).toMatchObject({ earliest: '2028-03-14', latest: '2028-03-28' })
  })

  it('moves to the next day and year when a treatment at 23:30 crosses midnight', () => {
    const aftercare = plan({ performedAt: '2026-12-31T23:30', timeZone: 'Asia/Tokyo', depthMm: 0.5 })
    expect(aftercare.performedAt).toBe('2026-12-31T23:30:00+09:00')
    expect(milestone(aftercare, 'first_wash')).toMatchObject({
      start: '2027-01-01T03:30:00+09:00',
      end: '2027-01-01T05:30:00+09:00'
    })
    expect(startOf(aftercare, 'makeup_and_sunscreen')).toBe('2027-01-01T23:30:00+09:00')
    expect(aftercare.stages.map(({ key, firstDay, lastDay }) => ({ key, firstDay, lastDay }))).toEqual([
      { key: 'right_after', firstDay: '2026-12-31', lastDay: '2026-12-31' },
      { key: 'days_1_to_3', firstDay: '2027-01-01', lastDay: '2027-01-03' },
      { key: 'days_4_to_7', firstDay: '2027-01-04', lastDay: '2027-01-07' },
      { key: 'following_weeks', firstDay: '2027-01-08', lastDay: '2027-01-28' },
      { key: 'long_term', firstDay: '2027-01-29', lastDay: undefined }
    ])
  })
})

describe('next session and course', () => {
  it('gives the next session window of the band', () => {
    expect(plan({ depthMm: 0.5 }).nextSession).toMatchObject({ earliest: '2026-12-14', latest: '2026-12-28' })
    expect(plan({ depthMm: 1.0 }).nextSession).toMatchObject({ earliest: '2026-12-28', latest: '2027-01-11' })
    expect(plan({ depthMm: 2.0 }).nextSession).toMatchObject({ earliest: '2027-01-11', latest: '2027-01-25' })
  })

  it('plans the rest of a course from the first session', () => {
    const course = plan({ depthMm: 0.5, sessionNumber: 1 }).course
    expect(course).toMatchObject({ sessionNumber: 1, courseLength: 3, title: 'The rest of your course' })
    expect(course?.upcoming).toEqual([
      { sessionNumber: 2, earliest: '2026-12-14', latest: '2026-12-28' },
      { sessionNumber: 3, earliest: '2026-12-28', latest: '2027-01-25' }
    ])
  })

  it('has no sessions left after the last session of the course', () => {
    expect(plan({ sessionNumber: 3 }).course?.upcoming).toEqual([])
    expect(plan({ sessionNumber: 5 }).course?.upcoming).toEqual([])
  })

  it('has no course when the treatment is not a numbered session', () => {
    expect(plan({ sessionNumber: null }).course).toBeNull()
  })
})

describe('language and client', () => {
  it('falls back to English when the protocol has no texts in the client language', () => {
    const englishOnly = { ...DEFAULT_PROTOCOL, texts: { en: DEFAULT_PROTOCOL.texts.en } }
    const aftercare = planAftercare(aTreatment(), aClient('fr'), englishOnly)
    expect(aftercare.language).toBe('en')
    expect(aftercare.handout.tips.items).toHaveLength(10)
  })

  it('uses the client language when the protocol has it', () => {
    const withFrench = structuredClone(DEFAULT_PROTOCOL)
    withFrench.texts.fr = structuredClone(DEFAULT_PROTOCOL.texts.en)
    withFrench.texts.fr.milestones.first_wash.label = 'Premier nettoyage doux'
    const aftercare = planAftercare(aTreatment(), aClient('fr'), withFrench)
    expect(aftercare.language).toBe('fr')
    expect(milestone(aftercare, 'first_wash').label).toBe('Premier nettoyage doux')
  })

  it('refuses a treatment of another client', () => {
    const otherClient = { ...aClient(), id: '01JD0000000000000000000099' }
    expect(() => planAftercare(aTreatment(), otherClient, DEFAULT_PROTOCOL)).toThrow(/different client/)
  })
})
