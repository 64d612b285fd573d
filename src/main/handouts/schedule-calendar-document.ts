import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces'
import { Temporal } from 'temporal-polyfill'
import { formatDay, formatMilestoneDate } from '@shared/aftercare/format-date'
import type { AftercarePlan } from '@shared/aftercare/plan'
import type { Client } from '@shared/register/client'
import { fontRuns } from './name-scripts'
import { SCHEDULE_CALENDAR_WORDS, type ScheduleCalendarWords } from './schedule-calendar-words'

const GRID_DAYS = 14

// Greys and rules rather than colour, so the page reads the same from a black-and-white printer.
const INK = '#1f2933'
const MUTED = '#52606d'
const RULE = '#9aa5b1'
const HAIRLINE = '#d9dee3'
const TINT = '#eef1f4'

export interface ScheduleCalendarOptions {
  client: Client
  clinic: { name: string; phone: string | null }
  paper: 'A4' | 'Letter'
}

/** One thing on the calendar: when (a clock time, or a full date after the grid) and what. */
interface Entry {
  /** The plan time it comes from, to order entries. */
  at: string
  when?: string
  what: string
  /** Only for rules still in place after the grid, whose advice is then printed below it. */
  advice?: string
}

interface CalendarDay {
  date: Temporal.PlainDate
  /** What the patient may do again from this day, or the treatment itself. */
  changes: Entry[]
  /** Rules in place on this day, such as keeping out of the sun. */
  ongoing: Entry[]
}

/**
 * The one-page calendar of the first 14 days after a treatment, in the plan's language. Every
 * date and time is read off the plan; this only decides on which row and in which words it is shown.
 */
export function scheduleCalendarDocument(
  plan: AftercarePlan,
  { client, clinic, paper }: ScheduleCalendarOptions
): TDocumentDefinitions {
  const words = SCHEDULE_CALENDAR_WORDS[plan.language]
  const name = `${client.givenName} ${client.familyName}`
  const { days, later } = arrangeMilestones(plan, words)
  return {
    pageSize: paper === 'Letter' ? 'LETTER' : 'A4',
    // Landscape gives every day a single line, so all 14 fit with room for what comes after.
    pageOrientation: 'landscape',
    pageMargins: [36, 26, 36, 34],
    info: { title: `${words.title}: ${name}`, author: clinic.name },
    defaultStyle: { fontSize: 10, lineHeight: 1.05, color: INK },
    styles: {
      title: { fontSize: 18, bold: true },
      patientName: { fontSize: 13, bold: true },
      label: { fontSize: 8.5, bold: true, color: MUTED, characterSpacing: 0.4 },
      heading: { fontSize: 11, bold: true, margin: [0, 0, 0, 4] },
      muted: { color: MUTED }
    },
    footer: {
      text: [{ text: clinic.name, bold: true }, clinic.phone ? `  ·  ${clinic.phone}` : ''],
      fontSize: 9,
      color: MUTED,
      margin: [36, 8, 36, 0]
    },
    content: [
      {
        columns: [
          { width: '*', stack: [{ text: words.title, style: 'title' }, { text: fontRuns(name), style: 'patientName' }] },
          {
            width: 190,
            alignment: 'right',
            stack: [
              { text: words.treatment.toLocaleUpperCase(words.locale), style: 'label' },
              { text: formatMilestoneDate(plan.performedAt, words.locale), bold: true },
              { text: plan.band.name, style: 'muted' }
            ],
            margin: [0, 4, 0, 0]
          }
        ],
        columnGap: 24,
        margin: [0, 0, 0, 8]
      },
      dayTable(days, words),
      {
        columns: [
          { width: '*', stack: [laterSection(later, words)] },
          { width: 250, stack: [nextSessionBox(plan, clinic, words)] }
        ],
        columnGap: 22,
        margin: [0, 10, 0, 0]
      }
    ]
  }
}

/**
 * Places each milestone on the rows of the days it touches, matched by the date part of its
 * local time. What falls after the grid is listed below it, with its full date.
 */
function arrangeMilestones(plan: AftercarePlan, words: ScheduleCalendarWords): { days: CalendarDay[]; later: Entry[] } {
  const treatmentDay = dayOf(plan.performedAt)
  // The rows are calendar paper, one per day; no rule is dated here.
  const days: CalendarDay[] = Array.from({ length: GRID_DAYS }, (_, index) => ({
    date: treatmentDay.add({ days: index }),
    changes: [],
    ongoing: []
  }))
  const later: Entry[] = []
  const rowOf = (at: string) => days.find((day) => day.date.equals(dayOf(at)))
  const clock = (at: string) => clockTime(at, words.locale)
  /** On the row of its day with its clock time, or after the grid with its full date. */
  const place = (
    column: 'changes' | 'ongoing',
    at: string,
    what: string,
    phrase: (moment: string, kind: 'time' | 'date') => string,
    advice?: string
  ) => {
    const row = rowOf(at)
    if (row) row[column].push({ at, what, when: phrase(clock(at), 'time') })
    else later.push({ at, what, when: phrase(formatMilestoneDate(at, words.locale), 'date'), ...(advice && { advice }) })
  }
  const from = (moment: string, kind: 'time' | 'date') => `${kind === 'time' ? words.fromTime : words.fromDate} ${moment}`
  const until = (moment: string, kind: 'time' | 'date') => `${kind === 'time' ? words.untilTime : words.untilDate} ${moment}`

  place('changes', plan.performedAt, words.yourTreatment, (moment) => moment)
  for (const { start, end, label, advice } of plan.milestones) {
    if (!end) {
      place('changes', start, label, from)
    } else if (lastsUnderADay(start, end)) {
      // A slot such as the first wash: shown whole on the day it opens, even when it ends after midnight.
      place('changes', start, label, (moment) => `${moment} – ${clock(end)}`)
    } else {
      // A rule over several days: when it starts, a reminder on each day between, and when it ends.
      if (start === plan.performedAt) rowOf(start)?.ongoing.push({ at: start, what: label })
      else place('changes', start, label, from)
      const [first, last] = [dayOf(start), dayOf(end)]
      for (const day of days) {
        if (Temporal.PlainDate.compare(day.date, first) > 0 && Temporal.PlainDate.compare(day.date, last) < 0) {
          day.ongoing.push({ at: start, what: label })
        }
      }
      place('ongoing', end, label, until, advice)
    }
  }
  for (const day of days) day.changes.sort(byTime)
  return { days, later: later.sort(byTime) }
}

function dayTable(days: CalendarDay[], words: ScheduleCalendarWords): Content {
  const heading = (text: string): TableCell => ({ text: text.toLocaleUpperCase(words.locale), style: 'label' })
  // Firmer rules under the heading, between the two weeks and at the end; hairlines between days.
  const firm = (line: number, rows: number) => line === 1 || line === 1 + 7 || line === rows
  return {
    lineHeight: 1,
    table: {
      headerRows: 1,
      widths: [22, 140, '*', 260],
      body: [
        [heading(words.day), heading(words.date), heading(words.changes), heading(words.ongoing)],
        ...days.map((day, index): TableCell[] => [
          { text: String(index), alignment: 'center', style: 'muted' },
          { text: formatDay(day.date.toString(), words.locale), bold: true },
          { stack: day.changes.map((entry) => changeLine(entry, words)) },
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

function changeLine(entry: Entry, words: ScheduleCalendarWords): Content {
  return {
    columns: [
      { text: entry.when ?? '', width: words.clockColumnWidth, bold: true },
      { text: entry.what, width: '*' }
    ],
    columnGap: 6
  }
}

/** "Keep out of the sun until 14:30  ·  Sunscreen every day" */
function ongoingText(entries: Entry[]): Content[] {
  return entries.flatMap((entry, index) => [
    ...(index > 0 ? [{ text: '  ·  ', color: RULE }] : []),
    entry.what,
    ...(entry.when ? [{ text: ` ${entry.when}`, bold: true }] : [])
  ])
}

/** Entries after the grid, those at the same moment under one date. */
function laterSection(later: Entry[], words: ScheduleCalendarWords): Content {
  if (later.length === 0) return []
  // Sorted by time, so entries at the same moment and in the same words are neighbours.
  const groups = new Map<string, Entry[]>()
  for (const entry of later) groups.set(entry.when ?? '', [...(groups.get(entry.when ?? '') ?? []), entry])
  return [
    { text: words.later, style: 'heading' },
    {
      table: {
        widths: [175, '*'],
        body: [...groups].map(([when, group]): TableCell[] => [
          { text: when, bold: true },
          {
            stack: group.map((entry) => ({
              text: [{ text: entry.what, bold: Boolean(entry.advice) }, ...(entry.advice ? [`. ${entry.advice}`] : [])],
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

function nextSessionBox(plan: AftercarePlan, clinic: ScheduleCalendarOptions['clinic'], words: ScheduleCalendarWords): Content {
  const { title, earliest, latest, advice } = plan.nextSession
  const callUs: Content[] = clinic.phone
    ? [{ text: [`${words.callUs} `, { text: clinic.phone, bold: true }], fontSize: 9.5, margin: [0, 6, 0, 0] }]
    : []
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: title, style: 'heading' },
              { text: `${formatDay(earliest, words.locale)} –`, bold: true },
              { text: formatDay(latest, words.locale), bold: true, margin: [0, 0, 0, 5] },
              { text: advice, fontSize: 9.5 },
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

/** The local day of a plan time, read off its date part: 2026-11-30 from 2026-11-30T23:30:00-05:00. */
function dayOf(localIsoWithOffset: string): Temporal.PlainDate {
  return Temporal.PlainDate.from(localIsoWithOffset)
}

/** "14:30" from 2026-11-30T14:30:00+00:00, in the same style as formatMilestoneDate. */
function clockTime(localIsoWithOffset: string, locale: string): string {
  return Temporal.PlainDateTime.from(localIsoWithOffset)
    .toPlainTime()
    .toLocaleString(locale, { hour: '2-digit', minute: '2-digit' })
}

function lastsUnderADay(start: string, end: string): boolean {
  return Temporal.Instant.from(end).since(Temporal.Instant.from(start)).total('hours') < 24
}

function byTime(a: Entry, b: Entry): number {
  return Temporal.Instant.compare(Temporal.Instant.from(a.at), Temporal.Instant.from(b.at))
}
