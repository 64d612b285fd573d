import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import type { RuleDuration } from '../../../src/shared/aftercare/duration'
import type { AftercareProtocol, DepthBand } from '../../../src/shared/aftercare/protocol'
import type { TreatedZone } from '../../../src/shared/register/treatment'
import { TREATMENT_ZONES } from '../../../src/shared/register/vocabulary'

/** Generators for the aftercare property tests. */

export const TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns', // half-hour offset
  'America/Santiago', // clocks change at midnight
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu', // quarter-hour offset
  'Australia/Sydney',
  'Australia/Lord_Howe', // daylight saving of half an hour
  'Pacific/Auckland',
  'Pacific/Chatham'
] as const

/** 0.10 to 3.00 mm with two decimals. */
export const depthMm = fc.integer({ min: 10, max: 300 }).map((hundredths) => hundredths / 100)

const FIRST_DAY = Temporal.PlainDate.from('2000-01-01')
const DAYS_TO_2099 = FIRST_DAY.until('2099-12-31').days

const anyDay = fc.integer({ min: 0, max: DAYS_TO_2099 }).map((offset) => FIRST_DAY.add({ days: offset }))
const leapDay = fc
  .integer({ min: 0, max: 24 })
  .map((leapYear) => Temporal.PlainDate.from({ year: 2000 + 4 * leapYear, month: 2, day: 29 }))

/** YYYY-MM-DDTHH:MM, one time in five on 29 February. */
export const performedAt = fc
  .tuple(fc.oneof({ arbitrary: anyDay, weight: 4 }, { arbitrary: leapDay, weight: 1 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([day, hour, minute]) => day.toPlainDateTime({ hour, minute }).toString({ smallestUnit: 'minute' }))

/** One to four distinct zones, each with its own depth. */
export const treatedZones = fc
  .uniqueArray(fc.constantFrom(...TREATMENT_ZONES), { minLength: 1, maxLength: 4 })
  .chain((zones) => fc.tuple(...zones.map((zone) => depthMm.map((depth): TreatedZone => ({ zone, depthMm: depth })))))

/** The same zones needled as deep or deeper. */
export function deeperZones(zones: TreatedZone[]): fc.Arbitrary<TreatedZone[]> {
  return fc.tuple(
    ...zones.map((zone) =>
      fc.integer({ min: 0, max: 290 }).map((extra) => ({ ...zone, depthMm: Math.min(300, Math.round(zone.depthMm * 100) + extra) / 100 }))
    )
  )
}

/** `count` non-decreasing whole numbers from `minimum`, each step at most `maxStep`. */
function growing(count: number, minimum: number, maxStep: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.integer({ min: 0, max: maxStep }), { minLength: count, maxLength: count })
    .map((steps) => steps.reduce<number[]>((amounts, step) => [...amounts, (amounts.at(-1) ?? minimum) + step], []))
}

/** Non-decreasing durations for `count` bands, all in hours or all in days and weeks. */
function growingDurations(count: number, options: { minimumHours?: number; hoursOnly?: boolean } = {}) {
  const inHours = growing(count, options.minimumHours ?? 0, 48).map((amounts) =>
    amounts.map((amount): RuleDuration => ({ amount, unit: 'hours' }))
  )
  const inDaysOrWeeks = fc
    .tuple(growing(count, 0, 10), fc.array(fc.boolean(), { minLength: count, maxLength: count }))
    .map(([amounts, preferWeeks]) =>
      amounts.map((days, index): RuleDuration =>
        preferWeeks[index] && days % 7 === 0 ? { amount: days / 7, unit: 'weeks' } : { amount: days, unit: 'days' }
      )
    )
  return options.hoursOnly ? inHours : fc.oneof(inHours, inDaysOrWeeks)
}

/** `count` - 1 distinct cut points between 0 and 3.0 mm, so the bands cover every depth once. */
function bandLimits(count: number) {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 299 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 300].map((hundredths) => hundredths / 100))
}

/** Any protocol the schema accepts: random band limits and timings that never shrink with depth. */
export const validProtocol: fc.Arbitrary<AftercareProtocol> = fc.integer({ min: 1, max: 5 }).chain((count) =>
  fc
    .record({
      limits: bandLimits(count),
      washFrom: growingDurations(count, { minimumHours: 4, hoursOnly: true }),
      washLength: growingDurations(count, { hoursOnly: true }),
      makeup: growingDurations(count, { minimumHours: 24, hoursOnly: true }),
      sweating: growingDurations(count),
      acids: growingDurations(count),
      retinoids: growingDurations(count),
      strictSun: growingDurations(count),
      dailySpf: growingDurations(count),
      earliest: growing(count, 0, 4),
      windowLength: growing(count, 0, 4),
      courseLength: fc.integer({ min: 1, max: 6 })
    })
    .map((drawn) => {
      const bands = Array.from({ length: count }, (_, index): DepthBand => {
        const at = <T>(list: T[]): T => list[index] as T
        const washFrom = at(drawn.washFrom)
        return {
          id: `band_${index + 1}`,
          overMm: at(drawn.limits),
          upToMm: drawn.limits[index + 1] as number,
          timings: {
            first_wash: { from: washFrom, until: { amount: washFrom.amount + at(drawn.washLength).amount, unit: 'hours' } },
            makeup_and_sunscreen: at(drawn.makeup),
            sweating_and_heat: at(drawn.sweating),
            acids_and_scrubs: at(drawn.acids),
            retinoids: at(drawn.retinoids),
            strict_sun_avoidance: at(drawn.strictSun),
            daily_spf: at(drawn.dailySpf)
          },
          nextSession: {
            earliest: { amount: at(drawn.earliest), unit: 'weeks' },
            latest: { amount: at(drawn.earliest) + at(drawn.windowLength), unit: 'weeks' }
          }
        }
      })
      const bandTexts = Object.fromEntries(bands.map((band) => [band.id, { name: band.id, healing: 'Heals.' }]))
      return {
        ...DEFAULT_PROTOCOL,
        bands,
        courseLength: drawn.courseLength,
        texts: { en: { ...DEFAULT_PROTOCOL.texts.en, bands: bandTexts } }
      }
    })
)
