import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import type { RuleDuration } from '../../../src/shared/aftercare/duration'
import type { MilestoneKey } from '../../../src/shared/aftercare/handout-texts'
import { planAftercare, type AftercarePlan } from '../../../src/shared/aftercare/plan'
import { aftercareProtocolSchema, type AftercareProtocol, type DepthBand } from '../../../src/shared/aftercare/protocol'
import { HANDOUT_LANGUAGES } from '../../../src/shared/register/vocabulary'
import { TIME_ZONES, deeperZones, performedAt, treatedZones, validProtocol } from './arbitraries'
import { aClient, aTreatment } from './fixtures'

const RUNS = { numRuns: 300 }

const treatmentInput = fc.record({
  performedAt,
  timeZone: fc.constantFrom(...TIME_ZONES),
  zones: treatedZones,
  sessionNumber: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  language: fc.constantFrom(...HANDOUT_LANGUAGES)
})
type TreatmentInput = typeof treatmentInput extends fc.Arbitrary<infer T> ? T : never

function planFor({ language, ...treatment }: TreatmentInput, protocol: AftercareProtocol = DEFAULT_PROTOCOL) {
  return planAftercare(aTreatment(treatment), aClient(language), protocol)
}

const instant = (localIso: string) => Temporal.Instant.from(localIso)
const hoursBetween = (from: string, to: string) => instant(to).since(instant(from)).total('hours')

/** Every moment a plan names, with what it is. */
function momentsOf(plan: AftercarePlan): [string, string][] {
  return [
    ['performedAt', plan.performedAt],
    ...plan.milestones.flatMap(({ key, start, end }): [string, string][] =>
      end === undefined ? [[`${key}.start`, start]] : [[`${key}.start`, start], [`${key}.end`, end]]
    )
  ]
}

/** Days a plan names, YYYY-MM-DD, with what they are. */
function daysOf(plan: AftercarePlan): [string, string][] {
  return [
    ['nextSession.earliest', plan.nextSession.earliest],
    ['nextSession.latest', plan.nextSession.latest],
    ...(plan.course?.upcoming ?? []).flatMap(({ sessionNumber, earliest, latest }): [string, string][] => [
      [`session ${sessionNumber} earliest`, earliest],
      [`session ${sessionNumber} latest`, latest]
    ])
  ]
}

function expectNeverEarlier(deeper: AftercarePlan, shallower: AftercarePlan): void {
  const shallowMoments = new Map(momentsOf(shallower))
  for (const [what, moment] of momentsOf(deeper)) {
    const before = shallowMoments.get(what)
    expect(before, what).toBeDefined()
    expect(Temporal.Instant.compare(instant(moment), instant(before as string)), `${what}: ${moment} < ${before}`).toBeGreaterThanOrEqual(0)
  }
  const shallowDays = new Map(daysOf(shallower))
  for (const [what, day] of daysOf(deeper)) {
    expect(day >= (shallowDays.get(what) ?? ''), `${what}: ${day} < ${shallowDays.get(what)}`).toBe(true)
  }
}

function expectSafetyFloors(plan: AftercarePlan): void {
  const milestone = (key: MilestoneKey) => plan.milestones.find((each) => each.key === key)
  for (const [what, moment] of momentsOf(plan)) {
    expect(hoursBetween(plan.performedAt, moment), what).toBeGreaterThanOrEqual(0)
  }
  for (const { key, start, end } of plan.milestones) {
    if (end !== undefined) expect(hoursBetween(start, end), key).toBeGreaterThanOrEqual(0)
  }
  expect(hoursBetween(plan.performedAt, milestone('first_wash')?.start ?? '')).toBeGreaterThanOrEqual(4)
  expect(hoursBetween(plan.performedAt, milestone('makeup_and_sunscreen')?.start ?? '')).toBeGreaterThanOrEqual(24)
  expect(milestone('daily_spf')?.start).toBe(milestone('makeup_and_sunscreen')?.start)
}

/** Where each moment of a milestone is counted from, and for how long. */
const RULE_MOMENTS: {
  moment: `${MilestoneKey}.${'start' | 'end'}`
  countedFrom: 'performedAt' | 'makeup_and_sunscreen.start'
  duration: (band: DepthBand) => RuleDuration
}[] = [
  { moment: 'first_wash.start', countedFrom: 'performedAt', duration: (band) => band.timings.first_wash.from },
  { moment: 'first_wash.end', countedFrom: 'performedAt', duration: (band) => band.timings.first_wash.until },
  { moment: 'makeup_and_sunscreen.start', countedFrom: 'performedAt', duration: (band) => band.timings.makeup_and_sunscreen },
  { moment: 'sweating_and_heat.start', countedFrom: 'performedAt', duration: (band) => band.timings.sweating_and_heat },
  { moment: 'strict_sun_avoidance.end', countedFrom: 'performedAt', duration: (band) => band.timings.strict_sun_avoidance },
  { moment: 'daily_spf.end', countedFrom: 'makeup_and_sunscreen.start', duration: (band) => band.timings.daily_spf },
  { moment: 'acids_and_scrubs.start', countedFrom: 'performedAt', duration: (band) => band.timings.acids_and_scrubs },
  { moment: 'retinoids.start', countedFrom: 'performedAt', duration: (band) => band.timings.retinoids }
]

/** Hours are elapsed time; days and weeks keep the clock time unless the clocks skipped it that day. */
function expectRulesCountedAsWritten(plan: AftercarePlan, protocol: AftercareProtocol): void {
  const band = protocol.bands.find((each) => each.id === plan.band.id) as DepthBand
  const moments = new Map(momentsOf(plan))
  for (const { moment, countedFrom, duration } of RULE_MOMENTS) {
    const { amount, unit } = duration(band)
    const from = moments.get(countedFrom) as string
    const landed = moments.get(moment) as string
    if (unit === 'hours') {
      expect(hoursBetween(from, landed), moment).toBe(amount)
      continue
    }
    const fromLocal = Temporal.PlainDateTime.from(from)
    const landedLocal = Temporal.PlainDateTime.from(landed)
    const expectedLocal = fromLocal.add({ days: unit === 'weeks' ? amount * 7 : amount })
    expect(landedLocal.toPlainDate().equals(expectedLocal.toPlainDate()), moment).toBe(true)
    const clockTimeExists = expectedLocal
      .toZonedDateTime(plan.timeZone, { disambiguation: 'compatible' })
      .toPlainDateTime()
      .equals(expectedLocal)
    if (clockTimeExists) expect(landedLocal.toPlainTime().toString(), moment).toBe(fromLocal.toPlainTime().toString())
    else expect(Temporal.PlainTime.compare(landedLocal.toPlainTime(), fromLocal.toPlainTime()), moment).toBeGreaterThan(0)
  }
}

describe('the plan of the default protocol', () => {
  it('never gives a deeper treatment an earlier date', () => {
    fc.assert(
      fc.property(
        treatmentInput.chain((shallower) => fc.tuple(fc.constant(shallower), deeperZones(shallower.zones))),
        ([shallower, zones]) => {
          expectNeverEarlier(planFor({ ...shallower, zones }), planFor(shallower))
        }
      ),
      RUNS
    )
  })

  it('starts every milestone at or after the treatment, washing after 4 hours and makeup after 24', () => {
    fc.assert(fc.property(treatmentInput, (treatment) => expectSafetyFloors(planFor(treatment))), RUNS)
  })

  it('counts hours as elapsed time and days as calendar days in the zone', () => {
    fc.assert(
      fc.property(treatmentInput, (treatment) => expectRulesCountedAsWritten(planFor(treatment), DEFAULT_PROTOCOL)),
      RUNS
    )
  })

  it('writes every time as local time with seconds and the offset of its zone', () => {
    fc.assert(
      fc.property(treatmentInput, (treatment) => {
        const plan = planFor(treatment)
        for (const [what, moment] of momentsOf(plan)) {
          expect(moment, what).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
          const inZone = instant(moment).toZonedDateTimeISO(plan.timeZone)
          expect(inZone.toString({ smallestUnit: 'second', timeZoneName: 'never' }), what).toBe(moment)
        }
        expect(plan.performedAt.slice(0, 10)).toBe(treatment.performedAt.slice(0, 10))
      }),
      RUNS
    )
  })

  it('lays the healing stages end to end from the treatment day', () => {
    fc.assert(
      fc.property(treatmentInput, (treatment) => {
        const { stages, performedAt } = planFor(treatment)
        expect(stages[0]?.firstDay).toBe(performedAt.slice(0, 10))
        stages.forEach((stage, index) => {
          const next = stages[index + 1]
          if (next === undefined) return expect(stage.lastDay).toBeUndefined()
          expect(Temporal.PlainDate.from(stage.lastDay as string).add({ days: 1 }).toString()).toBe(next.firstDay)
          expect(stage.lastDay as string >= stage.firstDay).toBe(true)
        })
      }),
      RUNS
    )
  })
})

describe('the plan of any protocol the schema accepts', () => {
  const protocolAndTreatments = validProtocol.chain((protocol) =>
    treatmentInput.chain((shallower) =>
      fc.tuple(fc.constant(protocol), fc.constant(shallower), deeperZones(shallower.zones))
    )
  )

  it('passes the schema, never gives a deeper treatment an earlier date and keeps the safety floors', () => {
    fc.assert(
      fc.property(protocolAndTreatments, ([protocol, shallower, zones]) => {
        expect(aftercareProtocolSchema.safeParse(protocol).error?.issues ?? []).toEqual([])
        const shallowPlan = planFor(shallower, protocol)
        const deepPlan = planFor({ ...shallower, zones }, protocol)
        expectNeverEarlier(deepPlan, shallowPlan)
        expectSafetyFloors(shallowPlan)
        expectRulesCountedAsWritten(deepPlan, protocol)
      }),
      RUNS
    )
  })
})

describe('the protocol schema', () => {
  const TIMING_KEYS = [
    'makeup_and_sunscreen',
    'sweating_and_heat',
    'acids_and_scrubs',
    'retinoids',
    'strict_sun_avoidance',
    'daily_spf'
  ] as const

  it('rejects any deeper band made shorter than the band before it', () => {
    const shortened = validProtocol
      .filter((protocol) => protocol.bands.length > 1)
      .chain((protocol) =>
        fc.tuple(
          fc.constant(protocol),
          fc.integer({ min: 1, max: protocol.bands.length - 1 }),
          fc.constantFrom(...TIMING_KEYS)
        )
      )
    fc.assert(
      fc.property(shortened, ([protocol, index, key]) => {
        const shallower = (protocol.bands[index - 1] as DepthBand).timings[key]
        fc.pre(shallower.amount > 0)
        const broken = structuredClone(protocol)
        ;(broken.bands[index] as DepthBand).timings[key] = { ...shallower, amount: shallower.amount - 1 }
        const paths = (aftercareProtocolSchema.safeParse(broken).error?.issues ?? []).map((issue) => issue.path.join('.'))
        expect(paths).toContain(`bands.${index}.timings.${key}`)
      }),
      RUNS
    )
  })
})
