import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { fontRuns } from '../name-scripts'
import { CALENDAR_WORDS } from './calendar-words'
import type { CalendarLine, PrintedCalendar } from './printed-content'
import { HAIRLINE, INK, MUTED, RULE, TINT } from './print-colours'

/** The pdfmake document of the one-page calendar of the first 14 days after a treatment. */
export function calendarLayout(calendar: PrintedCalendar): TDocumentDefinitions {
  const { locale, clockColumnWidth } = CALENDAR_WORDS[calendar.language]
  return {
    pageSize: calendar.paper === 'Letter' ? 'LETTER' : 'A4',
    // Landscape gives every day a single line, so all 14 fit with room for what comes after.
    pageOrientation: 'landscape',
    pageMargins: [36, 26, 36, 34],
    info: { title: calendar.fileTitle, author: calendar.author },
    defaultStyle: { fontSize: 10, lineHeight: 1.05, color: INK },
    styles: {
      title: { fontSize: 18, bold: true },
      patientName: { fontSize: 13, bold: true },
      label: { fontSize: 8.5, bold: true, color: MUTED, characterSpacing: 0.4 },
      heading: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
      muted: { color: MUTED }
    },
    footer: {
      text: [{ text: calendar.footer.clinicName, bold: true }, calendar.footer.phone ? `  ·  ${calendar.footer.phone}` : ''],
      fontSize: 9,
      color: MUTED,
      margin: [36, 8, 36, 0]
    },
    content: [
      {
        columns: [
          {
            width: '*',
            stack: [{ text: calendar.title, style: 'title' }, { text: fontRuns(calendar.patientName), style: 'patientName' }]
          },
          {
            width: 190,
            alignment: 'right',
            stack: [
              { text: calendar.treatment.label.toLocaleUpperCase(locale), style: 'label' },
              { text: calendar.treatment.when, bold: true },
              { text: calendar.treatment.band, style: 'muted' }
            ],
            margin: [0, 4, 0, 0]
          }
        ],
        columnGap: 24,
        margin: [0, 0, 0, 8]
      },
      dayTable(calendar, locale, clockColumnWidth),
      {
        columns: [
          { width: '*', stack: [laterSection(calendar.later)] },
          { width: 250, stack: [nextSessionBox(calendar.nextSession)] }
        ],
        columnGap: 22,
        margin: [0, 10, 0, 0]
      }
    ]
  }
}

function dayTable({ headings, days }: PrintedCalendar, locale: string, clockColumnWidth: number): Content {
  const heading = (text: string): TableCell => ({ text: text.toLocaleUpperCase(locale), style: 'label' })
  // Firmer rules under the heading, between the two weeks and at the end; hairlines between days.
  const firm = (line: number, rows: number) => line === 1 || line === 1 + 7 || line === rows
  return {
    lineHeight: 1,
    table: {
      headerRows: 1,
      widths: [22, 140, '*', 260],
      body: [
        [heading(headings.day), heading(headings.date), heading(headings.changes), heading(headings.ongoing)],
        ...days.map((day, index): TableCell[] => [
          { text: String(index), alignment: 'center', style: 'muted' },
          { text: day.date, bold: true },
          { stack: day.changes.map((line) => changeLine(line, clockColumnWidth)) },
          { text: ongoingText(day.ongoing), style: 'muted' }
        ])
      ]
    },
    layout: {
      // The treatment day.
      fillColor: (row) => (row === 1 ? TINT : null),
      hLineWidth: (line, node) => (firm(line, node.table.body.length) ? 1 : 0.5),
      hLineColor: (line, node) => (firm(line, node.table.body.length) ? RULE : HAIRLINE),
      vLineWidth: () => 0,
      paddingLeft: (column) => (column === 0 ? 2 : 6),
      paddingRight: () => 6,
      paddingTop: () => 2,
      paddingBottom: () => 2
    }
  }
}

function changeLine(line: CalendarLine, clockColumnWidth: number): Content {
  return {
    columns: [
      { text: line.when, width: clockColumnWidth, bold: true },
      { text: line.what, width: '*' }
    ],
    columnGap: 6
  }
}

/** "Keep out of the sun until 14:30  ·  Sunscreen every day" */
function ongoingText(entries: PrintedCalendar['days'][number]['ongoing']): Content[] {
  return entries.flatMap((entry, index) => [
    ...(index > 0 ? [{ text: '  ·  ', color: RULE }] : []),
    entry.what,
    ...(entry.when ? [{ text: ` ${entry.when}`, bold: true }] : [])
  ])
}

function laterSection(later: PrintedCalendar['later']): Content {
  if (!later) return []
  return [
    { text: later.title, style: 'heading' },
    {
      table: {
        widths: [175, '*'],
        body: later.groups.map(({ when, entries }): TableCell[] => [
          { text: when, bold: true },
          {
            stack: entries.map((entry) => ({
              text: [{ text: entry.what, bold: entry.advice !== null }, ...(entry.advice ? [`. ${entry.advice}`] : [])],
              margin: [0, 0, 0, 2]
            }))
          }
        ])
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: (column) => (column === 0 ? 0 : 8),
        paddingRight: () => 0,
        paddingTop: () => 1,
        paddingBottom: () => 3
      },
      fontSize: 9.5
    }
  ]
}

function nextSessionBox(session: PrintedCalendar['nextSession']): Content {
  const callUs: Content[] =
    session.callUs && session.phone
      ? [{ text: [`${session.callUs} `, { text: session.phone, bold: true }], fontSize: 9.5, margin: [0, 6, 0, 0] }]
      : []
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: session.title, style: 'heading' },
              { text: `${session.earliest} –`, bold: true },
              { text: session.latest, bold: true, margin: [0, 0, 0, 5] },
              { text: session.advice, fontSize: 9.5 },
              ...callUs
            ]
          }
        ]
      ]
    },
    layout: {
      hLineWidth: () => 1,
      vLineWidth: () => 1,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 7,
      paddingBottom: () => 8
    }
  }
}
