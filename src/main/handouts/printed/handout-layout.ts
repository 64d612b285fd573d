import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import { fontRuns } from '../name-scripts'
import type { HandoutLayoutStyle } from './layout-versions'
import type { CallPanel, Fact, PrintedClinic, PrintedHandout, TitledList } from './printed-content'
import { INK, MUTED, RULE, TINT } from './print-colours'

const GUTTER = 18

/**
 * The pdfmake document of a patient's aftercare handout: two pages for a standard treatment.
 * pdfmake replaces the items of a list with nodes of its own as it lays them out, so every
 * list is given a copy.
 */
export function handoutLayout(
  handout: PrintedHandout,
  style: HandoutLayoutStyle,
  logo: ClinicLogo | undefined,
  { textScale = 1, onPageCount }: { textScale?: number; onPageCount?: (pages: number) => void } = {}
): TDocumentDefinitions {
  const size = (points: number) => points * textScale
  return {
    pageSize: handout.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: style.pageMargins,
    info: { title: handout.fileTitle, author: handout.author },
    defaultStyle: { fontSize: size(10), lineHeight: 1.0, color: INK },
    styles: {
      clinicName: { fontSize: size(15), bold: true },
      clinicDetails: { fontSize: size(9), color: MUTED, alignment: 'right' },
      title: { fontSize: size(10), color: MUTED, margin: [0, 8, 0, 0] },
      patientName: { fontSize: size(19), bold: true, margin: [0, 0, 0, 6] },
      heading: { fontSize: size(12), bold: true, margin: [0, 7, 0, 3] },
      callTitle: { fontSize: size(12), bold: true },
      label: { fontSize: size(9), color: MUTED },
      when: { bold: true },
      small: { fontSize: size(9), color: MUTED }
    },
    footer: (currentPage, pageCount) => {
      onPageCount?.(pageCount)
      return footer(handout, style, currentPage, pageCount)
    },
    content: [
      clinicHeader(handout.clinic, logo),
      { text: handout.documentTitle, style: 'title' },
      { text: fontRuns(handout.patientName).map((run) => ({ ...run })), style: 'patientName' },
      treatmentSummary(handout.summary),
      { text: handout.milestones.title, style: 'heading' },
      milestoneTable(handout.milestones.rows),
      { text: handout.stages.title, style: 'heading' },
      stageTable(handout.stages.rows),
      useAndAvoid(handout.safeToUse, handout.avoid),
      {
        columns: [
          {
            stack: [
              { text: handout.tips.title, style: 'heading' },
              { ol: [...handout.tips.items] },
              { text: handout.questions.title, style: 'heading' },
              ...questions(handout.questions.items)
            ]
          },
          {
            stack: [
              callTheClinic(handout.callTheClinic),
              { text: handout.precautions.title, style: 'heading' },
              { ul: [...handout.precautions.items] },
              nextSession(handout.nextSession),
              signatures(handout.signatures)
            ]
          }
        ],
        columnGap: GUTTER
      }
    ]
  }
}

function footer(handout: PrintedHandout, style: HandoutLayoutStyle, currentPage: number, pageCount: number): Content {
  return {
    margin: [style.pageMargins[0], 12, style.pageMargins[2], 0],
    columns: [
      { text: handout.clinic.footer, style: 'small' },
      { text: `${handout.page} ${currentPage} / ${pageCount}`, style: 'small', alignment: 'right' }
    ]
  }
}

/** The clinic's logo, name and details across the top of a sheet. */
export function clinicHeader(clinic: PrintedClinic, logo: ClinicLogo | undefined): Content {
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
      { text: clinic.details, style: 'clinicDetails', width: 'auto' }
    ]
  }
}

function treatmentSummary(summary: PrintedHandout['summary']): Content {
  const fact = ({ label, value }: Fact, bold = false): Content => ({
    stack: [
      { text: label, style: 'label' },
      { text: value, bold }
    ]
  })
  return {
    table: {
      widths: ['*', '*', '*'],
      body: [
        [fact(summary.treatment, true), fact(summary.zones), fact(summary.band, true)],
        [fact(summary.practitioner), fact(summary.device), { text: summary.healing }]
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

function milestoneTable(rows: PrintedHandout['milestones']['rows']): Content {
  return {
    table: {
      widths: [118, '*'],
      dontBreakRows: true,
      body: rows.map((row) => [
        { text: row.when, style: 'when' },
        { text: [{ text: `${row.label}. `, bold: true }, row.advice] }
      ])
    },
    layout: ruledRows()
  }
}

function stageTable(rows: PrintedHandout['stages']['rows']): Content {
  return {
    table: {
      widths: [118, '*'],
      dontBreakRows: true,
      body: rows.map((stage) => [
        { text: [{ text: `${stage.title}\n`, bold: true }, { text: stage.days, style: 'label' }] },
        { text: stage.text }
      ])
    },
    layout: ruledRows()
  }
}

function useAndAvoid(safeToUse: TitledList, avoid: TitledList): Content {
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

/** A boxed panel of when to call the clinic, with its numbers. */
export function callTheClinic(call: CallPanel): Content {
  return {
    margin: [0, 9, 0, 0],
    unbreakable: true,
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: call.title, style: 'callTitle', margin: [0, 0, 0, 3] },
              { text: call.intro },
              { ul: [...call.signs], margin: [0, 3, 0, 3] },
              ...(call.numbers === null ? [] : [{ text: call.numbers, bold: true }])
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

function questions(items: PrintedHandout['questions']['items']): Content[] {
  return items.map((item) => ({
    text: [{ text: `${item.question} `, bold: true }, item.answer],
    margin: [0, 0, 0, 4]
  }))
}

function nextSession(session: PrintedHandout['nextSession']): Content {
  const courseLines: Content[] = session.course
    ? [
        { text: session.course.advice, style: 'small', margin: [0, 3, 0, 0] },
        { ul: [...session.course.sessions], style: 'small' }
      ]
    : []
  return {
    margin: [0, 6, 0, 0],
    unbreakable: true,
    stack: [{ text: session.heading, style: 'heading', margin: [0, 0, 0, 3] }, { text: session.advice }, ...courseLines]
  }
}

/** Lines for the practitioner to sign and the patient to acknowledge, each with a date. */
function signatures(words: PrintedHandout['signatures']): Content {
  const line = (caption: string, width: number | '*'): Column => ({
    width,
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width === '*' ? 175 : width, y2: 0, lineWidth: 0.75, lineColor: INK }], margin: [0, 22, 0, 2] },
      { text: caption, style: 'small' }
    ]
  })
  const row = (caption: string): Content => ({ columns: [line(caption, '*'), line(words.date, 62)], columnGap: 10 })
  return { unbreakable: true, stack: [row(words.practitioner), row(words.patient)] }
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
