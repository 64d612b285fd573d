import { z } from 'zod'
import { NEEDLE_DEPTH_MM, type HandoutLanguage } from '../register/vocabulary'
import { compareDurations, describeDuration, ruleDurationSchema, type RuleDuration } from './duration'
import { STAGE_KEYS, handoutTextsSchema, type StageKey } from './handout-texts'
import { refusal } from '../words/refusal'
import { languageName, words, type WordId } from '../words/words'
import { wordsLanguage } from '../words/words-language'

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
    report(['bands', 0, 'overMm'], words('protocol.bands.shallowestFromZero'))
  }
  if (last && last.upToMm < NEEDLE_DEPTH_MM.max) {
    report(['bands', bands.length - 1, 'upToMm'], words('protocol.bands.deepestTooShallow', { depth: formatMm(NEEDLE_DEPTH_MM.max) }))
  }
  bands.forEach((band, index) => {
    if (band.upToMm <= band.overMm) {
      report(['bands', index, 'upToMm'], words('protocol.band.empty', { band: describeBand(band) }))
    }
    const previous = bands[index - 1]
    if (!previous) return
    const where = ['bands', index, 'overMm']
    const fix = words('protocol.bands.startWhereBeforeEnds', { depth: formatMm(previous.upToMm) })
    if (band.overMm < previous.overMm) {
      report(where, words('protocol.bands.order', { band: describeBand(band), previous: describeBand(previous) }))
    } else if (band.overMm < previous.upToMm) {
      const overlap = { from: formatMm(band.overMm), to: formatMm(Math.min(band.upToMm, previous.upToMm)) }
      report(where, words('protocol.bands.overlap', { previous: describeBand(previous), band: describeBand(band), ...overlap, fix }))
    } else if (band.overMm > previous.upToMm) {
      report(where, words('protocol.bands.gap', { from: formatMm(previous.upToMm), to: formatMm(band.overMm), fix }))
    }
  })
}

function checkBandIdsAreUnique(bands: DepthBand[], report: Report): void {
  bands.forEach((band, index) => {
    if (bands.findIndex((other) => other.id === band.id) < index) {
      report(['bands', index, 'id'], words('protocol.band.id.twice', { id: band.id }))
    }
  })
}

/** Every timing a deeper band may not shorten, with the words a clinic owner knows it by. */
const TIMINGS_THAT_GROW_WITH_DEPTH: { rule: WordId; path: string[]; of: (band: DepthBand) => RuleDuration }[] = [
  { rule: 'protocol.rule.firstWashStart', path: ['timings', 'first_wash', 'from'], of: (band) => band.timings.first_wash.from },
  { rule: 'protocol.rule.firstWashEnd', path: ['timings', 'first_wash', 'until'], of: (band) => band.timings.first_wash.until },
  { rule: 'protocol.rule.makeupAndSunscreen', path: ['timings', 'makeup_and_sunscreen'], of: (band) => band.timings.makeup_and_sunscreen },
  { rule: 'protocol.rule.sweatingAndHeat', path: ['timings', 'sweating_and_heat'], of: (band) => band.timings.sweating_and_heat },
  { rule: 'protocol.rule.acidsAndScrubs', path: ['timings', 'acids_and_scrubs'], of: (band) => band.timings.acids_and_scrubs },
  { rule: 'protocol.rule.retinoids', path: ['timings', 'retinoids'], of: (band) => band.timings.retinoids },
  { rule: 'protocol.rule.strictSunAvoidance', path: ['timings', 'strict_sun_avoidance'], of: (band) => band.timings.strict_sun_avoidance },
  { rule: 'protocol.rule.dailySpf', path: ['timings', 'daily_spf'], of: (band) => band.timings.daily_spf },
  { rule: 'protocol.rule.earliestNextSession', path: ['nextSession', 'earliest'], of: (band) => band.nextSession.earliest },
  { rule: 'protocol.rule.latestNextSession', path: ['nextSession', 'latest'], of: (band) => band.nextSession.latest }
]

function checkTimingsGrowWithDepth(bands: DepthBand[], report: Report): void {
  bands.forEach((deeper, index) => {
    const shallower = bands[index - 1]
    if (!shallower) return
    for (const { rule, path, of } of TIMINGS_THAT_GROW_WITH_DEPTH) {
      const comparison = compareDurations(of(deeper), of(shallower))
      const bandsCompared = { rule: words(rule), deeper: describeBand(deeper), shallower: describeBand(shallower) }
      if (comparison === null) {
        report(
          ['bands', index, ...path],
          words('protocol.timing.unitsDiffer', {
            ...bandsCompared,
            deeperUnit: words(`duration.unit.${of(deeper).unit}`),
            shallowerUnit: words(`duration.unit.${of(shallower).unit}`)
          })
        )
      } else if (comparison < 0) {
        report(
          ['bands', index, ...path],
          words('protocol.timing.shorter', {
            ...bandsCompared,
            deeperDuration: describeDuration(of(deeper)),
            shallowerDuration: describeDuration(of(shallower))
          })
        )
      }
    }
  })
}

function checkWindowsAreInOrder(bands: DepthBand[], report: Report): void {
  bands.forEach((band, index) => {
    const windows = [
      { name: 'protocol.window.firstWash', path: ['timings', 'first_wash', 'until'], ...band.timings.first_wash },
      { name: 'protocol.window.nextSession', path: ['nextSession', 'latest'], from: band.nextSession.earliest, until: band.nextSession.latest }
    ] as const
    for (const { name, path, from, until } of windows) {
      const comparison = compareDurations(until, from)
      const window = { window: words(name), band: describeBand(band) }
      if (comparison === null) {
        report(['bands', index, ...path], words('protocol.window.mixedUnits', window))
      } else if (comparison < 0) {
        report(
          ['bands', index, ...path],
          words('protocol.window.endsBeforeStart', { ...window, until: describeDuration(until), from: describeDuration(from) })
        )
      }
    }
  })
}

function checkStagesAreInOrder(startDays: Record<StageKey, number>, report: Report): void {
  const [firstStage] = STAGE_KEYS
  if (startDays[firstStage] !== 0) {
    report(['stageStartDays', firstStage], words('protocol.stage.firstOnDayZero', { stage: describeStage(firstStage) }))
  }
  STAGE_KEYS.forEach((stage, index) => {
    const previous = STAGE_KEYS[index - 1]
    if (previous !== undefined && startDays[stage] <= startDays[previous]) {
      report(
        ['stageStartDays', stage],
        words('protocol.stage.order', { stage: describeStage(stage), previous: describeStage(previous), day: startDays[previous] })
      )
    }
  })
}

function checkEveryBandHasTexts(protocol: AftercareProtocol, report: Report): void {
  const bandIds = new Set(protocol.bands.map((band) => band.id))
  for (const [language, texts] of Object.entries(protocol.texts)) {
    if (!texts) continue
    const languageNamed = languageName(language as HandoutLanguage)
    for (const band of protocol.bands) {
      if (!(band.id in texts.bands)) {
        report(
          ['texts', language, 'bands', band.id],
          words('protocol.texts.bandMissing', { language: languageNamed, band: describeBand(band), id: band.id })
        )
      }
    }
    for (const id of Object.keys(texts.bands)) {
      if (!bandIds.has(id)) {
        report(['texts', language, 'bands', id], words('protocol.texts.unknownBand', { language: languageNamed, id }))
      }
    }
  }
}

/** A band as a clinic owner knows it: "up to 0.5 mm" or "over 0.5 mm up to 1.0 mm", in quotes. */
function describeBand(band: DepthBand): string {
  const upTo = formatMm(band.upToMm)
  return band.overMm === 0 ? words('protocol.band.upTo', { upTo }) : words('protocol.band.overUpTo', { over: formatMm(band.overMm), upTo })
}

/** Depths as clinics write them, in the desk's language unless told: "1.0 mm", "0.25 mm" (in German "1,0 mm"). */
export function formatMm(depth: number, language: HandoutLanguage = wordsLanguage()): string {
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 20 })
  return `${number.format(depth)} mm`
}

const describeStage = (stage: StageKey): string => words(`protocol.stageName.${stage}`)
