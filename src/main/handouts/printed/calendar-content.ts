import { Temporal } from 'temporal-polyfill'
import { formatDay, formatMilestoneDate } from '@shared/aftercare/format-date'
import type { AftercarePlan } from '@shared/aftercare/plan'
import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { Client } from '@shared/register/client'
import { CALENDAR_WORDS, type CalendarWords } from './calendar-words'
import { patientNames } from './patient-names'
import type { PrintedCalendar } from './printed-content'

const GRID_DAYS = 14

export interface CalendarSource {
  plan: AftercarePlan
  client: Client
  clinic: { name: string; phone: string | null }
  paper: PaperSize
  producedAt: string
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
 * The words and dates of the one-page calendar of the first 14 days after a treatment, in the
 * plan's language. Every date and time is read off the plan; this only decides on which row and
 * in which words it is shown.
 */
export function calendarContent({ plan, client, clinic, paper, producedAt }: CalendarSource): PrintedCalendar {
  const words = CALENDAR_WORDS[plan.language]
  const { patientName, fileNamePatient } = patientNames(client)
  const { days, later } = arrangeMilestones(plan, words)
  const { title, earliest, latest, advice } = plan.nextSession
  return {
    kind: 'calendar',
    language: plan.language,
    paper,
    producedAt,
    fileNamePatient,
    fileTitle: `${words.title}: ${patientName}`,
    author: clinic.name,
    title: words.title,
    patientName,
    treatment: { label: words.treatment, when: formatMilestoneDate(plan.performedAt, words.locale), band: plan.band.name },
    headings: { day: words.day, date: words.date, changes: words.changes, ongoing: words.ongoing },
    days: days.map((day) => ({
      date: formatDay(day.date.toString(), words.locale),
      changes: day.changes.map((entry) => ({ when: entry.when ?? '', what: entry.what })),
      ongoing: day.ongoing.map((entry) => ({ what: entry.what, when: entry.when ?? null }))
    })),
    later: laterGroups(later, words),
    nextSession: {
      title,
      earliest: formatDay(earliest, words.locale),
      latest: formatDay(latest, words.locale),
      advice,
      callUs: clinic.phone ? words.callUs : null,
      phone: clinic.phone
    },
    footer: { clinicName: clinic.name, phone: clinic.phone }
  }
}

/**
 * Places each milestone on the rows of the days it touches, matched by the date part of its
 * local time. What falls after the grid is listed below it, with its full date.
 */
function arrangeMilestones(plan: AftercarePlan, words: CalendarWords): { days: CalendarDay[]; later: Entry[] } {
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

/** Entries after the grid, those at the same moment and in the same words under one date. */
function laterGroups(later: Entry[], words: CalendarWords): PrintedCalendar['later'] {
  if (later.length === 0) return null
  // Sorted by time, so entries at the same moment and in the same words are neighbours.
  const groups = new Map<string, Entry[]>()
  for (const entry of later) groups.set(entry.when ?? '', [...(groups.get(entry.when ?? '') ?? []), entry])
  return {
    title: words.later,
    groups: [...groups].map(([when, group]) => ({
      when,
      entries: group.map((entry) => ({ what: entry.what, advice: entry.advice ?? null }))
    }))
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
