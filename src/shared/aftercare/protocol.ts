import { z } from 'zod'
import { LANGUAGE_LABELS, NEEDLE_DEPTH_MM, type HandoutLanguage } from '../register/vocabulary'
import { compareDurations, describeDuration, ruleDurationSchema, type RuleDuration } from './duration'
import { STAGE_KEYS, handoutTextsSchema, type StageKey } from './handout-texts'
import { refusal } from '../words/refusal'
import type { WordId } from '../words/words'

/**
 * An aftercare protocol: the depth bands with the timing of every rule, the healing stages,
 * the course length and the handout texts. It is data a clinic can edit and store as JSON,
 * so this schema is where a clinic's mistakes are caught, in words a clinic owner understands.
 */

/** Bumped when the shape of a stored protocol changes. */
export const PROTOCOL_SCHEMA_VERSION = 1

/** Floors from the clinic's reference article that no protocol may go below. */
export const SAFETY_MINIMUM_HOURS = { firstWash: 4, makeupAndSunscreen: 24 } as const

type SafeRule = keyof typeof SAFETY_MINIMUM_HOURS

const SAFE_RULE_REFUSALS: Record<SafeRule, { inHours: WordId; tooEarly: WordId }> = {
  firstWash: { inHours: 'protocol.firstWash.inHours', tooEarly: 'protocol.firstWash.tooEarly' },
  makeupAndSunscreen: { inHours: 'protocol.makeupAndSunscreen.inHours', tooEarly: 'protocol.makeupAndSunscreen.tooEarly' }
}

/** A rule compared with a safe minimum in hours is counted in hours too. */
function inHours(rule: SafeRule) {
  return ruleDurationSchema.refine((duration) => duration.unit === 'hours', { ...refusal(SAFE_RULE_REFUSALS[rule].inHours), abort: true })
}

function hoursAtLeast(rule: SafeRule) {
  const minimumHours = SAFETY_MINIMUM_HOURS[rule]
  return inHours(rule).refine(
    (duration) => duration.amount >= minimumHours,
    refusal(SAFE_RULE_REFUSALS[rule].tooEarly, { hours: minimumHours })
  )
}

const bandTimingsSchema = z.object({
  /** The window for the first gentle wash, counted from the treatment. */
  first_wash: z.object({
    from: hoursAtLeast('firstWash'),
    until: inHours('firstWash')
  }),
  /** Each "allowed" rule counts from the treatment to the moment it is allowed again. */
  makeup_and_sunscreen: hoursAtLeast('makeupAndSunscreen'),
  sweating_and_heat: ruleDurationSchema,
  acids_and_scrubs: ruleDurationSchema,
  retinoids: ruleDurationSchema,
  /** How long strict sun avoidance lasts from the treatment. */
  strict_sun_avoidance: ruleDurationSchema,
  /** How long daily SPF 30+ lasts from the moment sunscreen is allowed. */
  daily_spf: ruleDurationSchema
})

const DEPTH_REFUSALS = {
  lower: { missing: 'protocol.band.lower.missing', negative: 'protocol.band.lower.negative', tooDeep: 'protocol.band.lower.tooDeep' },
  upper: { missing: 'protocol.band.upper.missing', negative: 'protocol.band.upper.negative', tooDeep: 'protocol.band.upper.tooDeep' }
} as const satisfies Record<string, Record<string, WordId>>

const depthMm = (which: keyof typeof DEPTH_REFUSALS) =>
  z
    .number(refusal(DEPTH_REFUSALS[which].missing))
    .min(0, refusal(DEPTH_REFUSALS[which].negative))
    .max(10, refusal(DEPTH_REFUSALS[which].tooDeep))

const depthBandSchema = z.object({
  id: z
    .string(refusal('protocol.band.id.missing'))
    .regex(/^[a-z][a-z0-9_]*$/, refusal('protocol.band.id.format')),
  /** The band holds depths above `overMm` up to and including `upToMm`. */
  overMm: depthMm('lower'),
  upToMm: depthMm('upper'),
  timings: bandTimingsSchema,
  /** The window for the next session, counted from this treatment. */
  nextSession: z.object({ earliest: ruleDurationSchema, latest: ruleDurationSchema })
})
export type DepthBand = z.infer<typeof depthBandSchema>

const stageStartDay = z
  .number(refusal('protocol.stage.missing'))
  .int(refusal('protocol.stage.whole'))
  .min(0, refusal('protocol.stage.beforeTreatment'))

export const aftercareProtocolSchema = z
  .object({
    schemaVersion: z.literal(PROTOCOL_SCHEMA_VERSION, refusal('protocol.format', { format: PROTOCOL_SCHEMA_VERSION })),
    /** Stays the same across edits of the protocol. */
    id: z.string(refusal('protocol.id.missing')).trim().min(1, refusal('protocol.id.missing')),
    name: z
      .string(refusal('protocol.name.missing'))
      .trim()
      .min(1, refusal('protocol.name.missing'))
      .max(100, refusal('protocol.name.tooLong')),
    /** From shallowest to deepest; the deepest zone of a treatment picks one. */
    bands: z.array(depthBandSchema, refusal('protocol.bands.missing')).min(1, refusal('protocol.bands.none')),
    /** Day 0 is the treatment day; each stage lasts until the next one starts. */
    stageStartDays: z.record(z.enum(STAGE_KEYS), stageStartDay),
    courseLength: z
      .number(refusal('protocol.course.missing'))
      .int(refusal('protocol.course.whole'))
      .min(1, refusal('protocol.course.tooFew'))
      .max(99, refusal('protocol.course.tooMany')),
    /** English is required; other handout languages can be added later. */
    texts: z.object({
      en: handoutTextsSchema,
      es: handoutTextsSchema.optional(),
      fr: handoutTextsSchema.optional(),
      de: handoutTextsSchema.optional()
    })
  })
  .superRefine((protocol, context) => {
    const report = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message })
    checkBandsCoverEveryDepth(protocol.bands, report)
    checkBandIdsAreUnique(protocol.bands, report)
    checkTimingsGrowWithDepth(protocol.bands, report)
    checkWindowsAreInOrder(protocol.bands, report)
    checkStagesAreInOrder(protocol.stageStartDays, report)
    checkEveryBandHasTexts(protocol, report)
  })
export type AftercareProtocol = z.infer<typeof aftercareProtocolSchema>

type Report = (path: PropertyKey[], message: string) => void

function checkBandsCoverEveryDepth(bands: DepthBand[], report: Report): void {
  const first = bands[0]
  const last = bands[bands.length - 1]
  if (first && first.overMm !== 0) {
    report(['bands', 0, 'overMm'], 'The shallowest band must start at 0 mm, so that every needle depth has a band.')
  }
  if (last && last.upToMm < NEEDLE_DEPTH_MM.max) {
    report(
      ['bands', bands.length - 1, 'upToMm'],
      `The deepest band must go up to at least ${formatMm(NEEDLE_DEPTH_MM.max)}, the deepest needle setting, so that every depth has a band.`
    )
  }
  bands.forEach((band, index) => {
    if (band.upToMm <= band.overMm) {
      report(
        ['bands', index, 'upToMm'],
        `The ${describeBand(band)} band is empty: its upper depth must be more than its lower depth.`
      )
    }
    const previous = bands[index - 1]
    if (!previous) return
    const where = ['bands', index, 'overMm']
    const fix = `Start each band where the one before it ends (${formatMm(previous.upToMm)}).`
    if (band.overMm < previous.overMm) {
      report(
        where,
        `List the bands from shallowest to deepest: the ${describeBand(band)} band comes after the ${describeBand(previous)} band.`
      )
    } else if (band.overMm < previous.upToMm) {
      report(
        where,
        `The ${describeBand(previous)} and ${describeBand(band)} bands overlap between ${formatMm(band.overMm)} and ${formatMm(Math.min(band.upToMm, previous.upToMm))}: a depth can belong to one band only. ${fix}`
      )
    } else if (band.overMm > previous.upToMm) {
      report(
        where,
        `No band covers the depths over ${formatMm(previous.upToMm)} up to ${formatMm(band.overMm)}. ${fix}`
      )
    }
  })
}

function checkBandIdsAreUnique(bands: DepthBand[], report: Report): void {
  bands.forEach((band, index) => {
    if (bands.findIndex((other) => other.id === band.id) < index) {
      report(['bands', index, 'id'], `Two bands have the id "${band.id}": give each band its own id.`)
    }
  })
}

/** Every timing a deeper band may not shorten, with the words a clinic owner knows it by. */
const TIMINGS_THAT_GROW_WITH_DEPTH: { rule: string; path: string[]; of: (band: DepthBand) => RuleDuration }[] = [
  { rule: 'The start of the first wash', path: ['timings', 'first_wash', 'from'], of: (band) => band.timings.first_wash.from },
  { rule: 'The end of the first wash', path: ['timings', 'first_wash', 'until'], of: (band) => band.timings.first_wash.until },
  { rule: 'Makeup and sunscreen', path: ['timings', 'makeup_and_sunscreen'], of: (band) => band.timings.makeup_and_sunscreen },
  { rule: 'Sweating, sauna and hot showers', path: ['timings', 'sweating_and_heat'], of: (band) => band.timings.sweating_and_heat },
  { rule: 'Acids, scrubs and alcohol toners', path: ['timings', 'acids_and_scrubs'], of: (band) => band.timings.acids_and_scrubs },
  { rule: 'Retinol and retinoids', path: ['timings', 'retinoids'], of: (band) => band.timings.retinoids },
  { rule: 'Strict sun avoidance', path: ['timings', 'strict_sun_avoidance'], of: (band) => band.timings.strict_sun_avoidance },
  { rule: 'Daily SPF 30+', path: ['timings', 'daily_spf'], of: (band) => band.timings.daily_spf },
  { rule: 'The earliest next session', path: ['nextSession', 'earliest'], of: (band) => band.nextSession.earliest },
  { rule: 'The latest next session', path: ['nextSession', 'latest'], of: (band) => band.nextSession.latest }
]

function checkTimingsGrowWithDepth(bands: DepthBand[], report: Report): void {
  bands.forEach((deeper, index) => {
    const shallower = bands[index - 1]
    if (!shallower) return
    for (const { rule, path, of } of TIMINGS_THAT_GROW_WITH_DEPTH) {
      const comparison = compareDurations(of(deeper), of(shallower))
      if (comparison === null) {
        report(
          ['bands', index, ...path],
          `${rule}: the ${describeBand(deeper)} band counts in ${of(deeper).unit} but the ${describeBand(shallower)} band counts in ${of(shallower).unit}. Use hours in every band, or days and weeks in every band, so a deeper treatment never gets an earlier date.`
        )
      } else if (comparison < 0) {
        report(
          ['bands', index, ...path],
          `${rule}: the ${describeBand(deeper)} band has ${describeDuration(of(deeper))}, less than the ${describeDuration(of(shallower))} of the shallower ${describeBand(shallower)} band. A deeper treatment needs at least as long.`
        )
      }
    }
  })
}

function checkWindowsAreInOrder(bands: DepthBand[], report: Report): void {
  bands.forEach((band, index) => {
    const windows = [
      { name: 'first wash', path: ['timings', 'first_wash', 'until'], ...band.timings.first_wash },
      { name: 'next session', path: ['nextSession', 'latest'], from: band.nextSession.earliest, until: band.nextSession.latest }
    ]
    for (const { name, path, from, until } of windows) {
      const comparison = compareDurations(until, from)
      if (comparison === null) {
        report(
          ['bands', index, ...path],
          `The ${name} window of the ${describeBand(band)} band mixes hours with days or weeks: count its start and end in the same way.`
        )
      } else if (comparison < 0) {
        report(
          ['bands', index, ...path],
          `The ${name} window of the ${describeBand(band)} band ends (${describeDuration(until)}) before it starts (${describeDuration(from)}).`
        )
      }
    }
  })
}

function checkStagesAreInOrder(startDays: Record<StageKey, number>, report: Report): void {
  const [firstStage] = STAGE_KEYS
  if (startDays[firstStage] !== 0) {
    report(['stageStartDays', firstStage], `The ${describeStage(firstStage)} stage starts on the treatment day, day 0.`)
  }
  STAGE_KEYS.forEach((stage, index) => {
    const previous = STAGE_KEYS[index - 1]
    if (previous !== undefined && startDays[stage] <= startDays[previous]) {
      report(
        ['stageStartDays', stage],
        `The ${describeStage(stage)} stage must start after the ${describeStage(previous)} stage, which starts on day ${startDays[previous]}.`
      )
    }
  })
}

function checkEveryBandHasTexts(protocol: AftercareProtocol, report: Report): void {
  const bandIds = new Set(protocol.bands.map((band) => band.id))
  for (const [language, texts] of Object.entries(protocol.texts)) {
    if (!texts) continue
    const languageName = LANGUAGE_LABELS[language as HandoutLanguage]
    for (const band of protocol.bands) {
      if (!(band.id in texts.bands)) {
        report(
          ['texts', language, 'bands', band.id],
          `Write the ${languageName} name and healing description of the ${describeBand(band)} band (id "${band.id}").`
        )
      }
    }
    for (const id of Object.keys(texts.bands)) {
      if (!bandIds.has(id)) {
        report(
          ['texts', language, 'bands', id],
          `The ${languageName} texts describe a band "${id}" that is not in the list of bands: remove it or correct its id.`
        )
      }
    }
  }
}

/** A band as a clinic owner knows it: "up to 0.5 mm" or "over 0.5 mm up to 1.0 mm", in quotes. */
function describeBand(band: DepthBand): string {
  const upTo = `up to ${formatMm(band.upToMm)}`
  return `"${band.overMm === 0 ? upTo : `over ${formatMm(band.overMm)} ${upTo}`}"`
}

/** Depths as clinics write them: "1.0 mm", "0.25 mm". */
export function formatMm(depth: number): string {
  return `${Number.isInteger(depth) ? depth.toFixed(1) : String(depth)} mm`
}

function describeStage(stage: string): string {
  return `"${stage.replaceAll('_', ' ')}"`
}
