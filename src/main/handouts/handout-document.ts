import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { formatDay, formatMilestoneDate } from '@shared/aftercare/format-date'
import type { AftercarePlan, Milestone } from '@shared/aftercare/plan'
import { zoneLabel } from '@shared/aftercare/zone-labels'
import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import { fillIn, labelsFor, type HandoutLabels } from './handout-labels'
import { fontRuns } from './name-scripts'

/** Everything a handout shows; the plan holds every date, this only lays them out. */
export interface HandoutInput {
  plan: AftercarePlan
  treatment: Treatment
  client: Client
  clinic: ClinicSettings
  paper: PaperSize
  /** The clinic's logo, when it has one. */
  logo?: ClinicLogo
}

// Greys that stay readable on a black-and-white printer.
const INK = '#1f2933'
const MUTED = '#52606d'
const RULE = '#9aa5b1'
const TINT = '#eef1f4'
const GUTTER = 18

/**
 * The pdfmake document of a patient's aftercare handout: two pages for a standard treatment.
 * pdfmake replaces the items of a list with nodes of its own as it lays them out, so every
 * list is given a copy: the plan's texts are the protocol's, which later handouts share.
 */
export function handoutDocument({ plan, treatment, client, clinic, paper, logo }: HandoutInput): TDocumentDefinitions {
  const labels = labelsFor(plan.language)
  const { handout } = plan
  return {
    pageSize: paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: [36, 28, 36, 34],
    info: { title: `${labels.documentTitle}${labels.colon}${client.givenName} ${client.familyName}`, author: clinic.name },
    defaultStyle: { fontSize: 10, lineHeight: 1.0, color: INK },
    styles: {
      clinicName: { fontSize: 15, bold: true },
      clinicDetails: { fontSize: 9, color: MUTED, alignment: 'right' },
      title: { fontSize: 10, color: MUTED, margin: [0, 8, 0, 0] },
      patientName: { fontSize: 19, bold: true, margin: [0, 0, 0, 6] },
      heading: { fontSize: 12, bold: true, margin: [0, 7, 0, 3] },
      label: { fontSize: 9, color: MUTED },
      when: { bold: true },
      small: { fontSize: 9, color: MUTED }
    },
    footer: (currentPage, pageCount) => ({
      margin: [36, 12, 36, 0],
      columns: [
        { text: [clinic.name, clinic.phone ? ` · ${clinic.phone}` : ''].join(''), style: 'small' },
        { text: `${labels.page} ${currentPage} / ${pageCount}`, style: 'small', alignment: 'right' }
      ]
    }),
    content: [
      clinicHeader(clinic, logo),
      { text: labels.documentTitle, style: 'title' },
      { text: fontRuns(`${client.givenName} ${client.familyName}`).map((run) => ({ ...run })), style: 'patientName' },
      treatmentSummary(plan, treatment, labels),
      { text: handout.milestonesTitle, style: 'heading' },
      milestoneTable(plan.milestones, labels),
      { text: handout.stagesTitle, style: 'heading' },
      stageTable(plan, labels),
      useAndAvoid(plan),
      {
        columns: [
          {
            stack: [
              { text: handout.tips.title, style: 'heading' },
              { ol: [...handout.tips.items] },
              { text: handout.questions.title, style: 'heading' },
              ...questions(plan)
            ]
          },
          {
            stack: [
              callTheClinic(plan, clinic, labels),
              { text: handout.precautions.title, style: 'heading' },
              { ul: [...handout.precautions.items] },
              nextSession(plan, labels),
              signatures(labels)
            ]
          }
        ],
        columnGap: GUTTER
      }
    ]
  }
}

function clinicHeader(clinic: ClinicSettings, logo: ClinicLogo | undefined): Content {
  const contact = [clinic.phone, clinic.email, clinic.website].filter(Boolean).join(' · ')
  const details = [clinic.address, contact].filter(Boolean).join('\n')
  // The logo sits in the same height as the clinic's name, so a handout keeps its length.
  const mark: Column[] = []
  if (logo) {
    // In a stack: an image's own `width` would be taken as the column's.
    mark.push({ width: 'auto', stack: [{ image: `data:${logo.mimeType};base64,${logo.base64}`, fit: [96, 32] }] })
  }
  return {
    columnGap: 10,
    columns: [
      ...mark,
      { text: clinic.name, style: 'clinicName', width: '*' },
      { text: details, style: 'clinicDetails', width: 'auto' }
    ]
  }
}

function treatmentSummary(plan: AftercarePlan, treatment: Treatment, labels: HandoutLabels): Content {
  const zones = treatment.zones
    .map((zone) => `${zoneLabel(zone.zone, plan.language)} ${formatDepth(zone.depthMm, labels)}`)
    .join('\n')
  const fact = (label: string, value: string, bold = false): Content => ({
    stack: [
      { text: label, style: 'label' },
      { text: value, bold }
    ]
  })
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [
          fact(labels.treatment, formatMilestoneDate(plan.performedAt, labels.locale), true),
          fact(labels.zones, zones),
          fact(labels.band, plan.band.name, true)
        ],
        [
          fact(labels.practitioner, treatment.practitioner ?? labels.notRecorded),
          fact(labels.device, treatment.device ?? labels.notRecorded),
          { text: plan.band.healing }
        ]
      ]
    },
    layout: {
      fillColor: () => TINT,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 4,
      paddingBottom: () => 2
    }
  }
}

function formatDepth(depthMm: number, labels: HandoutLabels): string {
  return `${depthMm.toLocaleString(labels.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} mm`
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

function milestoneTable(milestones: Milestone[], labels: HandoutLabels): Content {
  const treatmentTime = milestones.find((milestone) => milestone.key === 'strict_sun_avoidance')?.start
  return {
    table: {
      widths: [118, '*'],
      dontBreakRows: true,
      body: milestones.map((milestone) => [
        { text: describeWhen(milestone, labels, milestone.start === treatmentTime), style: 'when' },
        { text: [{ text: `${milestone.label}. `, bold: true }, milestone.advice] }
      ])
    },
    layout: ruledRows()
  }
}

function stageTable(plan: AftercarePlan, labels: HandoutLabels): Content {
  const days = (first: string, last?: string): string => {
    if (!last) return fillIn(labels.dayOnwards, { day: formatDay(first, labels.locale) })
    if (first === last) return formatDay(first, labels.locale)
    return fillIn(labels.dayRange, { first: formatDay(first, labels.locale), last: formatDay(last, labels.locale) })
  }
  return {
    table: {
      widths: [118, '*'],
      dontBreakRows: true,
      body: plan.stages.map((stage) => [
        { text: [{ text: `${stage.title}\n`, bold: true }, { text: days(stage.firstDay, stage.lastDay), style: 'label' }] },
        { text: `${stage.whatYouWillSee} ${stage.whatToDo}` }
      ])
    },
    layout: ruledRows()
  }
}

function useAndAvoid(plan: AftercarePlan): Content {
  const { safeToUse, avoid } = plan.handout
  return {
    // The two titles must not be left at the foot of a page without their lists.
    unbreakable: true,
    table: {
      widths: ['*', '*'],
      body: [
        [
          { text: safeToUse.title, bold: true, fillColor: TINT },
          { text: avoid.title, bold: true, fillColor: TINT }
        ],
        [bulletColumns(safeToUse.items), bulletColumns(avoid.items)]
      ]
    },
    layout: {
      hLineWidth: (line: number, node: { table: { body: unknown[] } }) => (line === 0 || line === node.table.body.length ? 1 : 0.5),
      vLineWidth: () => 0.5,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 5,
      paddingBottom: () => 5
    }
  }
}

/** A short-item list as two columns of bullets, so a long list takes half the height. */
function bulletColumns(items: string[]): Content {
  const half = Math.ceil(items.length / 2)
  return { columns: [{ ul: items.slice(0, half) }, { ul: items.slice(half) }], columnGap: 8 }
}

function callTheClinic(plan: AftercarePlan, clinic: ClinicSettings, labels: HandoutLabels): Content {
  const { callTheClinic: call } = plan.handout
  const numbers = [
    clinic.phone ? `${labels.callUs} ${clinic.phone}` : undefined,
    clinic.outOfHoursPhone ? `${labels.outOfHours}${labels.colon}${clinic.outOfHoursPhone}` : undefined
  ].filter((line): line is string => line !== undefined)
  return {
    margin: [0, 9, 0, 0],
    unbreakable: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: call.title, bold: true, fontSize: 12, margin: [0, 0, 0, 3] },
              { text: call.intro },
              { ul: [...call.signs], margin: [0, 3, 0, 3] },
              ...(numbers.length > 0 ? [{ text: numbers.join('   ·   '), bold: true }] : [])
            ]
          }
        ]
      ]
    },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => INK,
      vLineColor: () => INK,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 6,
      paddingBottom: () => 6
    }
  }
}

function questions(plan: AftercarePlan): Content[] {
  return plan.handout.questions.items.map((item) => ({
    text: [{ text: `${item.question} `, bold: true }, item.answer],
    margin: [0, 0, 0, 4]
  }))
}

function nextSession(plan: AftercarePlan, labels: HandoutLabels): Content {
  const { nextSession: session, course } = plan
  const windowText = `${labels.between} ${formatDay(session.earliest, labels.locale)} ${labels.and} ${formatDay(session.latest, labels.locale)}`
  const courseLines: Content[] =
    course && course.upcoming.length > 1
      ? [
          { text: course.advice, style: 'small', margin: [0, 3, 0, 0] },
          {
            ul: course.upcoming.slice(1).map(
              (planned) =>
                `${labels.session} ${planned.sessionNumber} ${labels.of} ${course.courseLength}${labels.colon}${labels.between} ${formatDay(planned.earliest, labels.locale)} ${labels.and} ${formatDay(planned.latest, labels.locale)}`
            ),
            style: 'small'
          }
        ]
      : []
  return {
    margin: [0, 6, 0, 0],
    unbreakable: true,
    stack: [
      { text: `${labels.nextSession} ${windowText}`, style: 'heading', margin: [0, 0, 0, 3] },
      { text: session.advice },
      ...courseLines
    ]
  }
}

/** Lines for the practitioner to sign and the patient to acknowledge, each with a date. */
function signatures(labels: HandoutLabels): Content {
  const line = (caption: string, width: number | '*'): Column => ({
    width,
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width === '*' ? 175 : width, y2: 0, lineWidth: 0.75, lineColor: INK }], margin: [0, 22, 0, 2] },
      { text: caption, style: 'small' }
    ]
  })
  const row = (caption: string): Content => ({ columns: [line(caption, '*'), line(labels.date, 62)], columnGap: 10 })
  return { unbreakable: true, stack: [row(labels.practitionerSignature), row(labels.patientAcknowledgement)] }
}

function ruledRows() {
  return {
    hLineWidth: (line: number) => (line === 0 ? 0 : 0.5),
    vLineWidth: () => 0,
    hLineColor: () => RULE,
    paddingLeft: () => 0,
    paddingRight: () => 8,
    paddingTop: () => 2.5,
    paddingBottom: () => 2.5
  }
}
