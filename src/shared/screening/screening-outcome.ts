import { Temporal } from 'temporal-polyfill'
import type { AftercareProtocol } from '../aftercare/protocol'
import { addDuration, describeDuration } from '../aftercare/duration'
import { bandForDepth } from '../aftercare/plan'
import { formatMm } from '../aftercare/protocol'
import { HANDOUT_ZONE_LABELS } from '../aftercare/zone-labels'
import type { HandoutLanguage, TreatmentZone } from '../register/vocabulary'
import type { TreatedZone } from '../register/treatment'
import { SCREENING_OUTCOMES, type ScreeningOutcome, type WaitWindow } from './questionnaire'
import type { Questionnaire } from './questionnaire'
import { questionsFor, type ScreeningAnswers } from './screening-answers'
import { textIn } from '../text/translated-text'
import { wordsIn } from '../words/words'
import { wordsLanguage } from '../words/words-language'

/** The visit being screened: its local date in the clinic's zone, its device and its zones. */
export interface ScreeningVisit {
  /** YYYY-MM-DD, the visit's date where it happens. */
  date: string
  radiofrequency: boolean
  zones: TreatmentZone[]
}

/** A treatment the register already holds for this client, as the same-zone check needs it. */
export interface EarlierTreatment {
  performedAt: string
  timeZone: string
  zones: TreatedZone[]
  deepestDepthMm: number
}

/** One thing that keeps the visit from being clear, in plain words. */
export interface ScreeningReason {
  outcome: Exclude<ScreeningOutcome, 'clear'>
  /** The question that gave it; null when the register itself gave it (a zone treated too recently). */
  questionId: string | null
  text: string
  /** The first day the visit may go ahead, when the reason has an end (YYYY-MM-DD). */
  notBefore?: string
}

export interface ScreeningResult {
  outcome: ScreeningOutcome
  /** Most serious first. */
  reasons: ScreeningReason[]
  /** The first day every stop and defer with an end has passed. */
  notBefore?: string
}

/**
 * The outcome of a screening: the most serious of what the answers and the register say.
 * A pure function of its inputs, so the desk, main and the CLI compute the same outcome. The
 * answers must already have passed `answerProblems`.
 */
export function screeningOutcome(
  questionnaire: Questionnaire,
  answers: ScreeningAnswers,
  visit: ScreeningVisit,
  earlier: readonly EarlierTreatment[],
  protocol: AftercareProtocol
): ScreeningResult {
  const visitDate = Temporal.PlainDate.from(visit.date)
  // Said in the desk's language, as the screening is recorded and shown.
  const language = wordsLanguage()
  const reasons = [
    ...reasonsFromAnswers(questionnaire, answers, visit, visitDate, language),
    ...zonesTreatedTooRecently(visit, visitDate, earlier, protocol, language)
  ]
  reasons.sort((a, b) => severity(b.outcome) - severity(a.outcome))
  const outcome = reasons[0]?.outcome ?? 'clear'
  const ends = reasons.filter((reason) => reason.outcome !== 'review' && reason.notBefore !== undefined).map((reason) => reason.notBefore as string)
  const notBefore = ends.length > 0 ? ends.reduce((latest, date) => (date > latest ? date : latest)) : undefined
  return notBefore === undefined || outcome === 'review' ? { outcome, reasons } : { outcome, reasons, notBefore }
}

export function severity(outcome: ScreeningOutcome): number {
  return SCREENING_OUTCOMES.indexOf(outcome)
}

function reasonsFromAnswers(
  questionnaire: Questionnaire,
  answers: ScreeningAnswers,
  visit: ScreeningVisit,
  visitDate: Temporal.PlainDate,
  language: HandoutLanguage
): ScreeningReason[] {
  const reasons: ScreeningReason[] = []
  for (const question of questionsFor(questionnaire, visit.radiofrequency)) {
    const answer = answers[question.id]
    if (question.kind === 'yes-no') {
      if (answer === true) reasons.push({ outcome: question.ifYes.outcome, questionId: question.id, text: textIn(question.ifYes.reason, language) })
      continue
    }
    if (typeof answer !== 'string') continue
    // One reason per question: the most serious of its windows the visit falls in.
    const lastTime = Temporal.PlainDate.from(answer)
    let worst: ScreeningReason | undefined
    for (const window of question.windows) {
      const windowEnds = afterWindow(lastTime, window.within)
      if (Temporal.PlainDate.compare(visitDate, windowEnds) >= 0) continue
      if (!worst || severity(window.outcome) > severity(worst.outcome)) {
        worst = { outcome: window.outcome, questionId: question.id, text: textIn(window.reason, language), notBefore: windowEnds.toString() }
      }
    }
    if (worst) reasons.push(worst)
  }
  return reasons
}

/** The first day after a waiting time: calendar days and months, so no clock or zone is involved. */
export function afterWindow(from: Temporal.PlainDate, window: WaitWindow): Temporal.PlainDate {
  return from.add({ [window.unit]: window.amount })
}

/**
 * A zone treated again sooner than the protocol's earliest next session (counted from the
 * earlier treatment's own band) is for the practitioner to decide: no question asks it.
 */
function zonesTreatedTooRecently(
  visit: ScreeningVisit,
  visitDate: Temporal.PlainDate,
  earlier: readonly EarlierTreatment[],
  protocol: AftercareProtocol,
  language: HandoutLanguage
): ScreeningReason[] {
  const reasons: ScreeningReason[] = []
  for (const zone of visit.zones) {
    const latest = latestTreatmentOf(zone, earlier, visitDate)
    if (!latest) continue
    const treatedAt = Temporal.PlainDateTime.from(latest.treatment.performedAt).toZonedDateTime(latest.treatment.timeZone, { disambiguation: 'compatible' })
    const earliest = bandForDepth(protocol, latest.treatment.deepestDepthMm).nextSession.earliest
    const earliestDate = addDuration(treatedAt, earliest).toPlainDate()
    if (Temporal.PlainDate.compare(visitDate, earliestDate) >= 0) continue
    const daysAgo = treatedAt.toPlainDate().until(visitDate, { largestUnit: 'days' }).days
    const when =
      daysAgo === 0
        ? wordsIn(language, 'screening.treatedWhen.today')
        : daysAgo === 1
          ? wordsIn(language, 'screening.treatedWhen.yesterday')
          : wordsIn(language, 'screening.treatedWhen.daysAgo', { days: daysAgo })
    // Its zone as the handouts name it.
    reasons.push({
      outcome: 'review',
      questionId: null,
      text: wordsIn(language, 'screening.zoneTreatedRecently', {
        zone: HANDOUT_ZONE_LABELS[language][zone],
        when,
        depth: formatMm(latest.depthMm),
        gap: describeDuration(earliest)
      })
    })
  }
  return reasons
}

function latestTreatmentOf(
  zone: TreatmentZone,
  earlier: readonly EarlierTreatment[],
  visitDate: Temporal.PlainDate
): { treatment: EarlierTreatment; depthMm: number } | undefined {
  let latest: { treatment: EarlierTreatment; depthMm: number } | undefined
  for (const treatment of earlier) {
    const treated = treatment.zones.find((entry) => entry.zone === zone)
    if (!treated || treatment.performedAt.slice(0, 10) > visitDate.toString()) continue
    if (!latest || treatment.performedAt > latest.treatment.performedAt) latest = { treatment, depthMm: treated.depthMm }
  }
  return latest
}
