import { createEvents, type EventAttributes } from 'ics'
import { Temporal } from 'temporal-polyfill'
import type { AftercarePlan, Milestone } from '@shared/aftercare/plan'

/**
 * The patient's aftercare plan as an RFC 5545 calendar to import into their own calendar app.
 * Every time is written in UTC, converted from the plan's local time with its offset, so any
 * calendar shows it at the right moment in whatever zone the phone is in.
 */

export interface ScheduleIcsOptions {
  clientName: string
  clinicName: string
  productId?: string
  /**
   * The DTSTAMP of every event. Pass the handout log's time so a reprint is byte-identical;
   * without it the file is stamped now.
   */
  createdAt?: Date
}

// A rule that starts at a moment ("makeup from 14:30") is a short timed event: the hour is the
// point of it, which an all-day event would lose, and some calendars hide zero-length events.
const MOMENT_MINUTES = 15

/** The .ics text: one event per milestone and an all-day event over the next session window. */
export function scheduleIcs(plan: AftercarePlan, options: ScheduleIcsOptions): string {
  // `timestamp` (DTSTAMP) is accepted by ics but missing from its type declarations.
  const stamp = { timestamp: (options.createdAt ?? new Date()).getTime() }
  // Stable per treatment and rule, so importing the file again updates the events instead of adding copies.
  const uid = (key: string) => `${plan.treatmentId}-${key}@aftercare-desk`
  const events: EventAttributes[] = [
    ...plan.milestones.map((milestone) => ({ ...milestoneEvent(milestone), uid: uid(milestone.key), ...stamp })),
    { ...sessionWindowEvent(plan.nextSession, options.clinicName), uid: uid('next_session'), ...stamp }
  ]
  const { error, value } = createEvents(events, {
    productId: options.productId ?? '-//Aftercare Desk//Aftercare schedule//EN',
    calName: `${options.clinicName}: ${options.clientName}`
  })
  if (error || value === null) {
    const reason = error?.message ?? 'no output'
    throw new Error(`The calendar file could not be made (${reason}). Please try again, and call support if it keeps happening.`)
  }
  return value
}

/** Events only remind; they never mark the patient as busy. */
const REMINDER = { transp: 'TRANSPARENT', busyStatus: 'FREE' } as const

function milestoneEvent(milestone: Milestone): EventAttributes {
  const start = instantMillis(milestone.start)
  const common = { title: milestone.label, description: milestone.advice, ...REMINDER }
  // Times go in as instants (epoch milliseconds) and out as UTC ("...Z"), never in the machine's own zone.
  const utc = { startInputType: 'utc', startOutputType: 'utc', endInputType: 'utc', endOutputType: 'utc' } as const
  return milestone.end
    ? { ...common, ...utc, start, end: instantMillis(milestone.end) }
    : { ...common, ...utc, start, duration: { minutes: MOMENT_MINUTES } }
}

function sessionWindowEvent(
  { earliest, latest, title, advice }: AftercarePlan['nextSession'],
  clinicName: string
): EventAttributes {
  return {
    title,
    description: advice,
    location: clinicName,
    start: dateArray(Temporal.PlainDate.from(earliest)),
    // The end of an all-day event is the day after its last day (RFC 5545, 3.6.1).
    end: dateArray(Temporal.PlainDate.from(latest).add({ days: 1 })),
    ...REMINDER
  }
}

/** Epoch milliseconds of a plan time such as 2026-03-29T15:30:00+01:00. */
function instantMillis(localIsoWithOffset: string): number {
  return Temporal.Instant.from(localIsoWithOffset).epochMilliseconds
}

function dateArray(day: Temporal.PlainDate): [number, number, number] {
  return [day.year, day.month, day.day]
}
