import { Temporal } from 'temporal-polyfill'
import type { Client } from '../register/client'
import type { TreatedZone, Treatment } from '../register/treatment'
import type { HandoutLanguage, TreatmentZone } from '../register/vocabulary'
import { addDuration, type RuleDuration } from './duration'
import { MILESTONE_KEYS, STAGE_KEYS, type HandoutTexts, type MilestoneKey, type StageKey } from './handout-texts'
import type { AftercareProtocol, DepthBand } from './protocol'
import { zoneLabel } from './zone-labels'

/**
 * The aftercare engine: turns a treatment into the dated plan a handout prints. Every date of
 * a handout is computed here; the handout only formats what this returns.
 */

/** A dated rule. Times are local with their offset, like 2026-11-30T14:30:00+00:00. */
export interface Milestone {
  key: MilestoneKey
  label: string
  start: string
  /** Only for rules that last a while, like the first-wash window or strict sun avoidance. */
  end?: string
  advice: string
}

/** A healing stage over whole local days, YYYY-MM-DD; the last stage has no last day. */
export interface HealingStage {
  key: StageKey
  title: string
  firstDay: string
  lastDay?: string
  whatYouWillSee: string
  whatToDo: string
}

/** The local days, YYYY-MM-DD, between which a session can be booked. */
export interface SessionWindow {
  earliest: string
  latest: string
}

export interface PlannedSession extends SessionWindow {
  sessionNumber: number
}

export interface AftercarePlan {
  protocol: { id: string; name: string; schemaVersion: number }
  /** The language of every text below: the client's, or English when the protocol lacks it. */
  language: HandoutLanguage
  treatmentId: string
  clientId: string
  /** The treatment time with its offset. */
  performedAt: string
  timeZone: string
  band: { id: string; name: string; healing: string; overMm: number; upToMm: number }
  /** The zone that picked the band, named in the plan's language. */
  deepestZone: { zone: TreatmentZone; label: string; depthMm: number }
  milestones: Milestone[]
  stages: HealingStage[]
  nextSession: SessionWindow & { title: string; advice: string }
  /** Null when the treatment was not recorded as a numbered session of a course. */
  course: {
    sessionNumber: number
    courseLength: number
    title: string
    advice: string
    /** Empty once the course is complete. */
    upcoming: PlannedSession[]
  } | null
  /** The texts of the handout that carry no dates. */
  handout: Pick<
    HandoutTexts,
    'about' | 'milestonesTitle' | 'stagesTitle' | 'safeToUse' | 'avoid' | 'tips' | 'precautions' | 'callTheClinic' | 'questions'
  >
}

/**
 * The dated aftercare plan of a treatment. `protocol` must have passed aftercareProtocolSchema,
 * which guarantees that a deeper treatment never gets an earlier date.
 */
export function planAftercare(treatment: Treatment, client: Client, protocol: AftercareProtocol): AftercarePlan {
  if (treatment.clientId !== client.id) {
    throw new Error('This treatment belongs to a different client, so no handout was made. Open the client again and retry.')
  }
  const deepest = deepestZone(treatment.zones)
  const band = bandForDepth(protocol, deepest.depthMm)
  const { language, texts } = textsFor(protocol, client.language)
  const treatedAt = treatedAtOf(treatment)
  const bandTexts = texts.bands[band.id]
  if (!bandTexts) throw new Error(`The protocol "${protocol.name}" has no texts for the band "${band.id}". Check the protocol settings.`)

  return {
    protocol: { id: protocol.id, name: protocol.name, schemaVersion: protocol.schemaVersion },
    language,
    treatmentId: treatment.id,
    clientId: client.id,
    performedAt: localIso(treatedAt),
    timeZone: treatment.timeZone,
    band: { id: band.id, ...bandTexts, overMm: band.overMm, upToMm: band.upToMm },
    deepestZone: { zone: deepest.zone, label: zoneLabel(deepest.zone, language), depthMm: deepest.depthMm },
    milestones: milestones(treatedAt, band.timings, texts),
    stages: stages(treatedAt, protocol.stageStartDays, texts),
    nextSession: { ...sessionWindow(treatedAt, band.nextSession, 1), ...texts.nextSession },
    course:
      treatment.sessionNumber === null
        ? null
        : {
            sessionNumber: treatment.sessionNumber,
            courseLength: protocol.courseLength,
            ...texts.course,
            upcoming: upcomingSessions(treatedAt, band.nextSession, treatment.sessionNumber, protocol.courseLength)
          },
    handout: {
      about: texts.about,
      milestonesTitle: texts.milestonesTitle,
      stagesTitle: texts.stagesTitle,
      safeToUse: texts.safeToUse,
      avoid: texts.avoid,
      tips: texts.tips,
      precautions: texts.precautions,
      callTheClinic: texts.callTheClinic,
      questions: texts.questions
    }
  }
}

/**
 * When the next session can be booked after a treatment, as the handout prints it: the window of
 * the band its deepest zone picks, in calendar days of the zone it was performed in. The recall
 * list keeps this for each client's latest treatment.
 */
export function nextSessionWindow(
  treatment: Pick<Treatment, 'performedAt' | 'timeZone' | 'deepestDepthMm'>,
  protocol: AftercareProtocol
): SessionWindow & { bandId: string } {
  const band = bandForDepth(protocol, treatment.deepestDepthMm)
  return { bandId: band.id, ...sessionWindow(treatedAtOf(treatment), band.nextSession, 1) }
}

function treatedAtOf(treatment: Pick<Treatment, 'performedAt' | 'timeZone'>): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(treatment.performedAt).toZonedDateTime(treatment.timeZone, {
    // A time skipped by daylight saving moves forward; a repeated one takes its first occurrence.
    disambiguation: 'compatible'
  })
}

/** The band holding a depth: above its lower bound, up to and including its upper bound. */
export function bandForDepth(protocol: AftercareProtocol, depthMm: number): DepthBand {
  const band = bandHolding(protocol, depthMm)
  if (!band) {
    throw new Error(`No depth band of the protocol "${protocol.name}" covers ${depthMm} mm. Add one in the protocol settings.`)
  }
  return band
}

/** The band holding a depth, if one does. */
export function bandHolding(protocol: AftercareProtocol, depthMm: number): DepthBand | undefined {
  return protocol.bands.find((candidate) => depthMm > candidate.overMm && depthMm <= candidate.upToMm)
}

function deepestZone(zones: TreatedZone[]): TreatedZone {
  const [first, ...others] = zones
  if (!first) throw new Error('This treatment has no zone with a needle depth. Add one before printing a handout.')
  return others.reduce((deepest, zone) => (zone.depthMm > deepest.depthMm ? zone : deepest), first)
}

function textsFor(protocol: AftercareProtocol, wanted: HandoutLanguage): { language: HandoutLanguage; texts: HandoutTexts } {
  const texts = protocol.texts[wanted]
  return texts ? { language: wanted, texts } : { language: 'en', texts: protocol.texts.en }
}

function milestones(treatedAt: Temporal.ZonedDateTime, timings: DepthBand['timings'], texts: HandoutTexts): Milestone[] {
  const after = (duration: RuleDuration) => addDuration(treatedAt, duration)
  const sunscreenAllowed = after(timings.makeup_and_sunscreen)
  const times: Record<MilestoneKey, { start: Temporal.ZonedDateTime; end?: Temporal.ZonedDateTime }> = {
    first_wash: { start: after(timings.first_wash.from), end: after(timings.first_wash.until) },
    makeup_and_sunscreen: { start: sunscreenAllowed },
    sweating_and_heat: { start: after(timings.sweating_and_heat) },
    strict_sun_avoidance: { start: treatedAt, end: after(timings.strict_sun_avoidance) },
    daily_spf: { start: sunscreenAllowed, end: addDuration(sunscreenAllowed, timings.daily_spf) },
    acids_and_scrubs: { start: after(timings.acids_and_scrubs) },
    retinoids: { start: after(timings.retinoids) }
  }
  return MILESTONE_KEYS.map((key) => {
    const { start, end } = times[key]
    const { label, advice } = texts.milestones[key]
    return { key, label, start: localIso(start), ...(end && { end: localIso(end) }), advice }
  })
}

function stages(
  treatedAt: Temporal.ZonedDateTime,
  startDays: AftercareProtocol['stageStartDays'],
  texts: HandoutTexts
): HealingStage[] {
  const treatmentDay = treatedAt.toPlainDate()
  return STAGE_KEYS.map((key, index) => {
    const next = STAGE_KEYS[index + 1]
    const lastDay = next === undefined ? undefined : treatmentDay.add({ days: startDays[next] - 1 }).toString()
    return {
      key,
      ...texts.stages[key],
      firstDay: treatmentDay.add({ days: startDays[key] }).toString(),
      ...(lastDay && { lastDay })
    }
  })
}

/** The window of the session `sessionsAhead` sessions after this one, if each follows the interval. */
function sessionWindow(
  treatedAt: Temporal.ZonedDateTime,
  interval: DepthBand['nextSession'],
  sessionsAhead: number
): SessionWindow {
  return {
    earliest: addDuration(treatedAt, interval.earliest, sessionsAhead).toPlainDate().toString(),
    latest: addDuration(treatedAt, interval.latest, sessionsAhead).toPlainDate().toString()
  }
}

function upcomingSessions(
  treatedAt: Temporal.ZonedDateTime,
  interval: DepthBand['nextSession'],
  sessionNumber: number,
  courseLength: number
): PlannedSession[] {
  const remaining = Math.max(0, courseLength - sessionNumber)
  return Array.from({ length: remaining }, (_, index) => ({
    sessionNumber: sessionNumber + index + 1,
    ...sessionWindow(treatedAt, interval, index + 1)
  }))
}

/** ISO 8601 local time with seconds and a ±HH:MM offset (never "Z"). */
function localIso(moment: Temporal.ZonedDateTime): string {
  return moment.toString({ smallestUnit: 'second', timeZoneName: 'never' })
}
