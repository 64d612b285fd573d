import { Temporal } from 'temporal-polyfill'
import { formatDay, formatMilestoneDate } from '@shared/aftercare/format-date'
import type { AftercarePlan, Milestone } from '@shared/aftercare/plan'
import { zoneLabel } from '@shared/aftercare/zone-labels'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import type { Client } from '@shared/register/client'
import { phoneAsWritten } from '@shared/register/phone-numbers'
import type { Treatment } from '@shared/register/treatment'
import { fillIn, labelsFor, type HandoutLabels } from './handout-labels'
import { patientNames } from './patient-names'
import type { Fact, PrintedClinic, PrintedHandout } from './printed-content'

export interface HandoutSource {
  plan: AftercarePlan
  treatment: Treatment
  client: Client
  clinic: ClinicSettings
  paper: PaperSize
  producedAt: string
  /**
   * "Your dates" in time order (each line where it starts; an "until" line where it ends), or in
   * the protocol's order, as handouts printed them before they kept their content.
   */
  datesInOrder: 'time' | 'protocol'
}

/** The words and dates of a patient's aftercare handout, as printed. */
export function handoutContent({ plan, treatment, client, clinic, paper, producedAt, datesInOrder }: HandoutSource): PrintedHandout {
  const labels = labelsFor(plan.language)
  const { handout } = plan
  const { patientName, fileNamePatient } = patientNames(client)
  return {
    kind: 'handout',
    language: plan.language,
    paper,
    producedAt,
    fileNamePatient,
    fileTitle: `${labels.documentTitle}${labels.colon}${patientName}`,
    author: clinic.name,
    clinic: printedClinic(clinic),
    documentTitle: labels.documentTitle,
    patientName,
    summary: treatmentSummary(plan, treatment, labels),
    milestones: { title: handout.milestonesTitle, rows: milestoneRows(plan.milestones, labels, datesInOrder) },
    stages: { title: handout.stagesTitle, rows: stageRows(plan, labels) },
    safeToUse: { ...handout.safeToUse, items: [...handout.safeToUse.items] },
    avoid: { ...handout.avoid, items: [...handout.avoid.items] },
    tips: { ...handout.tips, items: [...handout.tips.items] },
    questions: { title: handout.questions.title, items: handout.questions.items.map((item) => ({ ...item })) },
    callTheClinic: callTheClinic(plan, clinic, labels),
    precautions: { ...handout.precautions, items: [...handout.precautions.items] },
    nextSession: nextSession(plan, labels),
    signatures: { practitioner: labels.practitionerSignature, patient: labels.patientAcknowledgement, date: labels.date },
    page: labels.page
  }
}

/** The clinic's name, details, logo and footer line, as every printed sheet's header and footer show them. */
export function printedClinic(clinic: ClinicSettings): PrintedClinic {
  const phone = phoneAsWritten(clinic.phone, clinic.country)
  const contact = [phone, clinic.email, clinic.website].filter(Boolean).join(' · ')
  return {
    name: clinic.name,
    details: [clinic.address, contact].filter(Boolean).join('\n'),
    logoSha256: clinic.logoSha256 ?? null,
    footer: [clinic.name, phone ? ` · ${phone}` : ''].join('')
  }
}

/** "Call us on …   ·   Out of hours: …", or null when the clinic has given no number. */
export function clinicNumbers(clinic: ClinicSettings, words: Pick<HandoutLabels, 'callUs' | 'outOfHours' | 'colon'>): string | null {
  const phone = phoneAsWritten(clinic.phone, clinic.country)
  const outOfHours = phoneAsWritten(clinic.outOfHoursPhone, clinic.country)
  const numbers = [
    phone ? `${words.callUs} ${phone}` : undefined,
    outOfHours ? `${words.outOfHours}${words.colon}${outOfHours}` : undefined
  ].filter((line): line is string => line !== undefined)
  return numbers.length > 0 ? numbers.join('   ·   ') : null
}

function treatmentSummary(plan: AftercarePlan, treatment: Treatment, labels: HandoutLabels): PrintedHandout['summary'] {
  const fact = (label: string, value: string): Fact => ({ label, value })
  const zones = treatment.zones
    .map((zone) => `${zoneLabel(zone.zone, plan.language)} ${formatDepth(zone.depthMm, labels)}`)
    .join('\n')
  return {
    treatment: fact(labels.treatment, formatMilestoneDate(plan.performedAt, labels.locale)),
    zones: fact(labels.zones, zones),
    band: fact(labels.band, plan.band.name),
    practitioner: fact(labels.practitioner, treatment.practitioner ?? labels.notRecorded),
    device: fact(labels.device, treatment.device ?? labels.notRecorded),
    healing: plan.band.healing
  }
}

/** One depth format per locale: toLocaleString would make a new Intl.NumberFormat for every zone of every handout. */
const depthFormats = new Map<string, Intl.NumberFormat>()

function formatDepth(depthMm: number, labels: HandoutLabels): string {
  let format = depthFormats.get(labels.locale)
  if (!format) {
    format = new Intl.NumberFormat(labels.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    depthFormats.set(labels.locale, format)
  }
  return `${format.format(depthMm)} mm`
}

function milestoneRows(
  milestones: Milestone[],
  labels: HandoutLabels,
  order: HandoutSource['datesInOrder']
): PrintedHandout['milestones']['rows'] {
  const treatmentTime = milestones.find((milestone) => milestone.key === 'strict_sun_avoidance')?.start
  const rows = milestones.map((milestone) => {
    const startsAtTreatment = milestone.start === treatmentTime
    return {
      // A rule in force from the treatment reads "until ...", so it sits where it ends.
      at: startsAtTreatment && milestone.end ? milestone.end : milestone.start,
      row: { when: describeWhen(milestone, labels, startsAtTreatment), label: milestone.label, advice: milestone.advice }
    }
  })
  if (order === 'time') rows.sort((a, b) => Temporal.Instant.compare(Temporal.Instant.from(a.at), Temporal.Instant.from(b.at)))
  return rows.map(({ row }) => row)
}

/** "From Sunday 1 December, 14:30", or a window with its end. */
function describeWhen(milestone: Milestone, labels: HandoutLabels, startsAtTreatment: boolean): string {
  const start = formatMilestoneDate(milestone.start, labels.locale)
  if (!milestone.end) return `${labels.from} ${start}`
  const end = formatMilestoneDate(milestone.end, labels.locale)
  if (startsAtTreatment) return `${labels.until} ${end}`
  if (milestone.start.slice(0, 10) === milestone.end.slice(0, 10)) {
    return fillIn(labels.timeRange, { start, end: milestone.end.slice(11, 16) })
  }
  return `${labels.from} ${start}\n${labels.until} ${end}`
}

function stageRows(plan: AftercarePlan, labels: HandoutLabels): PrintedHandout['stages']['rows'] {
  const days = (first: string, last?: string): string => {
    if (!last) return fillIn(labels.dayOnwards, { day: formatDay(first, labels.locale) })
    if (first === last) return formatDay(first, labels.locale)
    return fillIn(labels.dayRange, { first: formatDay(first, labels.locale), last: formatDay(last, labels.locale) })
  }
  return plan.stages.map((stage) => ({
    title: stage.title,
    days: days(stage.firstDay, stage.lastDay),
    text: `${stage.whatYouWillSee} ${stage.whatToDo}`
  }))
}

function callTheClinic(plan: AftercarePlan, clinic: ClinicSettings, labels: HandoutLabels): PrintedHandout['callTheClinic'] {
  const { callTheClinic: call } = plan.handout
  return { title: call.title, intro: call.intro, signs: [...call.signs], numbers: clinicNumbers(clinic, labels) }
}

function nextSession(plan: AftercarePlan, labels: HandoutLabels): PrintedHandout['nextSession'] {
  const { nextSession: session, course } = plan
  const between = (earliest: string, latest: string) =>
    `${labels.between} ${formatDay(earliest, labels.locale)} ${labels.and} ${formatDay(latest, labels.locale)}`
  return {
    heading: `${labels.nextSession} ${between(session.earliest, session.latest)}`,
    advice: session.advice,
    course:
      course && course.upcoming.length > 1
        ? {
            advice: course.advice,
            sessions: course.upcoming
              .slice(1)
              .map(
                (planned) =>
                  `${labels.session} ${planned.sessionNumber} ${labels.of} ${course.courseLength}${labels.colon}${between(planned.earliest, planned.latest)}`
              )
          }
        : null
  }
}
