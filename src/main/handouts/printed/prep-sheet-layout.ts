import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import { fontRuns } from '../name-scripts'
import { callTheClinic, clinicHeader } from './handout-layout'
import type { PrintedPrepSheet, TitledList } from './printed-content'
import { INK, MUTED, RULE, TINT } from './print-colours'

/** How the preparation sheet is drawn; goes up with anything that moves a byte of its PDF (layout-versions.ts). */
export const PREP_SHEET_LAYOUT_VERSION = 1
/** How its calendar file is written. */
export const PREP_CALENDAR_LAYOUT_VERSION = 1

const MARGINS: [number, number, number, number] = [40, 32, 40, 36]

/** One page: a sheet with many rules or long texts is drawn again in smaller text until it fits. */
export const PREP_SHEET_FIT = { pages: 1, textScales: [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64] }

/** The pdfmake document of "Before your appointment": one page, the clinic's header as on the handout. */
export function prepSheetLayout(
  sheet: PrintedPrepSheet,
  logo: ClinicLogo | undefined,
  { textScale = 1, onPageCount }: { textScale?: number; onPageCount?: (pages: number) => void } = {}
): TDocumentDefinitions {
  const size = (points: number) => points * textScale
  return {
    pageSize: sheet.paper === 'Letter' ? 'LETTER' : 'A4',
    pageMargins: MARGINS,
    info: { title: sheet.fileTitle, author: sheet.author },
    defaultStyle: { fontSize: size(10.5), lineHeight: 1.05, color: INK },
    styles: {
      clinicName: { fontSize: size(15), bold: true },
      clinicDetails: { fontSize: size(9), color: MUTED, alignment: 'right' },
      title: { fontSize: size(10), color: MUTED, margin: [0, 10, 0, 0] },
      patientName: { fontSize: size(19), bold: true, margin: [0, 0, 0, 6] },
      appointment: { fontSize: size(13), bold: true },
      heading: { fontSize: size(12), bold: true, margin: [0, 10, 0, 4] },
      callTitle: { fontSize: size(12), bold: true },
      label: { fontSize: size(9), color: MUTED },
      small: { fontSize: size(9), color: MUTED }
    },
    footer: (_page, pageCount) => {
      onPageCount?.(pageCount)
      return { margin: [MARGINS[0], 12, MARGINS[2], 0], text: sheet.clinic.footer, style: 'small' }
    },
    content: [
      clinicHeader(sheet.clinic, logo),
      { text: sheet.title, style: 'title' },
      { text: fontRuns(sheet.patientName).map((run) => ({ ...run })), style: 'patientName' },
      appointmentBox(sheet),
      { text: sheet.steps.title, style: 'heading' },
      stepTable(sheet.steps.rows),
      {
        // What holds whatever the date, and what to bring, beside when to call to move the visit.
        columns: [{ stack: [...titledList(sheet.always), ...titledList(sheet.bring)] }, { stack: [callTheClinic(sheet.callToMove)], margin: [0, 10, 0, 0] }],
        columnGap: 18
      }
    ]
  }
}

function appointmentBox(sheet: PrintedPrepSheet): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: sheet.appointment.label, style: 'label' },
              { text: sheet.appointment.value, style: 'appointment' },
              { text: sheet.intro, margin: [0, 4, 0, 0] }
            ]
          }
        ]
      ]
    },
    layout: { fillColor: () => TINT, hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 10, paddingRight: () => 10, paddingTop: () => 6, paddingBottom: () => 6 }
  }
}

function stepTable(rows: PrintedPrepSheet['steps']['rows']): Content {
  return {
    table: {
      widths: [150, '*'],
      dontBreakRows: true,
      body: rows.map((row) => [{ text: row.when, bold: true }, row.what.length === 1 ? { text: row.what[0] ?? '' } : { ul: [...row.what] }])
    },
    layout: {
      hLineWidth: (line: number) => (line === 0 ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 0,
      paddingRight: () => 8,
      paddingTop: () => 3.5,
      paddingBottom: () => 3.5
    }
  }
}

/** A heading over its bullets; nothing at all for an empty list. */
function titledList(list: TitledList): Content[] {
  if (list.items.length === 0) return []
  return [{ text: list.title, style: 'heading' }, { ul: [...list.items] }]
}
