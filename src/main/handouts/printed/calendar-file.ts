import { createEvents, type EventAttributes } from 'ics'
import { Temporal } from 'temporal-polyfill'
import type { AftercarePlan, Milestone } from '@shared/aftercare/plan'
import type { Client } from '@shared/register/client'
import { patientNames } from './patient-names'
import type { CalendarFileEvent, PrintedCalendarFile } from './printed-content'

/**
 * The patient's aftercare plan as an RFC 5545 calendar to import into their own calendar app.
 * Every time is written in UTC, converted from the plan's local time with its offset, so any
 * calendar shows it at the right moment in whatever zone the phone is in.
 */

export interface CalendarFileSource {
  plan: AftercarePlan
  client: Pick<Client, 'givenName' | 'familyName'>
  clinicName: string
  /** The DTSTAMP of every event: the time the file was first made, so a reprint is identical. */
  producedAt: string
}

// A rule that starts at a moment ("makeup from 14:30") is a short timed event: the hour is the
// point of it, which an all-day event would lose, and some calendars hide zero-length events.
const MOMENT_MINUTES = 15

/** The events of the file: one per milestone and an all-day event over the next session window. */
export function calendarFileContent({ plan, client, clinicName, producedAt }: CalendarFileSource): PrintedCalendarFile {
  // Stable per treatment and rule, so importing the file again updates the events instead of adding copies.
  const uid = (key: string) => `${plan.treatmentId}-${key}@aftercare-desk`
  const { patientName, fileNamePatient } = patientNames(client)
  return {
    kind: 'ics',
    language: plan.language,
    paper: null,
    producedAt,
    fileNamePatient,
    calendarName: `${clinicName}: ${patientName}`,
    productId: '-//Aftercare Desk//Aftercare schedule//EN',
    events: [
      ...plan.milestones.map((milestone) => ({ uid: uid(milestone.key), ...milestoneEvent(milestone) })),
      { uid: uid('next_session'), ...sessionWindowEvent(plan.nextSession, clinicName) }
    ]
  }
}

/** The .ics text of a calendar file's content. */
export function calendarFileText(file: PrintedCalendarFile): string {
  // `timestamp` (DTSTAMP) is accepted by ics but missing from its type declarations.
  const stamp = { timestamp: new Date(file.producedAt).getTime() }
  // Events only remind; they never mark the patient as busy.
  const reminder = { transp: 'TRANSPARENT', busyStatus: 'FREE' } as const
  // Times go in as instants (epoch milliseconds) and out as UTC ("...Z"), never in the machine's own zone.
  const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const
  const events = file.events.map(({ utc: timed, uid, title, description, location, start, end, duration }) => ({
    title,
    description,
    ...(location !== undefined && { location }),
    ...reminder,
    ...(timed && utc),
    start,
    ...(end !== undefined ? { end } : { duration }),
    uid,
    ...stamp
  })) as EventAttributes[]
  const { error, value } = createEvents(events, { productId: file.productId, calName: file.calendarName })
  if (error || value === null) {
    const reason = error?.message ?? 'no output'
    throw new Error(`The calendar file could not be made (${reason}). Please try again, and call support if it keeps happening.`)
  }
  return value
}

function milestoneEvent(milestone: Milestone): Omit<CalendarFileEvent, 'uid'> {
  const start = instantMillis(milestone.start)
  const common = { title: milestone.label, description: milestone.advice, utc: true }
  return milestone.end
    ? { ...common, start, end: instantMillis(milestone.end) }
    : { ...common, start, duration: { minutes: MOMENT_MINUTES } }
}

function sessionWindowEvent(
  { earliest, latest, title, advice }: AftercarePlan['nextSession'],
  clinicName: string
): Omit<CalendarFileEvent, 'uid'> {
  return {
    title,
    description: advice,
    location: clinicName,
    start: dateArray(Temporal.PlainDate.from(earliest)),
    // The end of an all-day event is the day after its last day (RFC 5545, 3.6.1).
    end: dateArray(Temporal.PlainDate.from(latest).add({ days: 1 })),
    utc: false
  }
}

/** Epoch milliseconds of a plan time such as 2026-03-29T15:30:00+01:00. */
function instantMillis(localIsoWithOffset: string): number {
  return Temporal.Instant.from(localIsoWithOffset).epochMilliseconds
}

function dateArray(day: Temporal.PlainDate): [number, number, number] {
  return [day.year, day.month, day.day]
}
