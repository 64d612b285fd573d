import { Temporal } from 'temporal-polyfill'
import type { Preparation, PreparationRule } from './preparation-rules'

/**
 * The dates of a patient's preparation for one appointment: when each rule starts, in the
 * clinic's zone. Hours count elapsed time (24 hours before 10:00 on the Sunday the clocks
 * go forward is 09:00 on the Saturday); days and weeks count calendar days (1 day before is the
 * Saturday, all day). The printed sheet and the calendar file only put these into words.
 */

/** When a rule starts, as the sheet says it. */
export type PreparationStart =
  /** From the start of a calendar day: "From Thursday 26 March". */
  | { kind: 'day'; date: string }
  /** From a clock time: "From 14:00 the day before". `daysBefore` counts calendar days back from the appointment's. */
  | { kind: 'moment'; date: string; time: string; daysBefore: number }
  /** On the appointment's day. */
  | { kind: 'on-the-day'; date: string }

export interface DatedPreparationRule {
  rule: PreparationRule
  start: PreparationStart
  /** The first instant it applies (ISO, UTC), by which the rules are ordered. */
  startsAt: string
  /** It should already have started when the sheet was made: the patient starts now. */
  begun: boolean
}

export interface PreparationSchedule {
  /** The appointment's local date (YYYY-MM-DD) and time (HH:MM), and its instant. */
  appointment: { date: string; time: string; instant: string }
  timeZone: string
  /** Rules with a date, earliest first; rules that start together keep the clinic's order. */
  dated: DatedPreparationRule[]
  /** Rules with no date, such as prescribed blood thinners. */
  always: PreparationRule[]
}

/**
 * The schedule of `preparation` for an appointment at `appointmentAt` (local YYYY-MM-DDTHH:MM) in
 * `timeZone`, as seen at the instant `now`. A local time that does not exist (skipped by the
 * clocks going forward) is read as the time an hour later, as a wall clock would show it.
 */
export function preparationSchedule(
  preparation: Pick<Preparation, 'rules'>,
  appointmentAt: string,
  timeZone: string,
  now: string
): PreparationSchedule {
  const appointment = Temporal.PlainDateTime.from(appointmentAt).toZonedDateTime(timeZone, { disambiguation: 'compatible' })
  const appointmentDay = appointment.toPlainDate()
  const nowInstant = Temporal.Instant.from(now)
  const dayStart = (day: Temporal.PlainDate) => day.toZonedDateTime({ timeZone }).toInstant()
  const dated: DatedPreparationRule[] = []
  const always: PreparationRule[] = []
  for (const rule of preparation.rules) {
    const { timing } = rule
    if (timing.kind === 'always') {
      always.push(rule)
      continue
    }
    let start: PreparationStart
    let startsAt: Temporal.Instant
    if (timing.kind === 'on-the-day') {
      start = { kind: 'on-the-day', date: appointmentDay.toString() }
      startsAt = dayStart(appointmentDay)
    } else if (timing.window.unit === 'hours') {
      const moment = appointment.subtract({ hours: timing.window.amount })
      const day = moment.toPlainDate()
      start = {
        kind: 'moment',
        date: day.toString(),
        time: moment.toPlainTime().toString({ smallestUnit: 'minute' }),
        daysBefore: day.until(appointmentDay, { largestUnit: 'days' }).days
      }
      startsAt = moment.toInstant()
    } else {
      const days = timing.window.unit === 'weeks' ? timing.window.amount * 7 : timing.window.amount
      const day = appointmentDay.subtract({ days })
      start = { kind: 'day', date: day.toString() }
      startsAt = dayStart(day)
    }
    dated.push({ rule, start, startsAt: startsAt.toString(), begun: Temporal.Instant.compare(startsAt, nowInstant) <= 0 })
  }
  // Array.prototype.sort is stable: rules that start together stay in the clinic's order.
  dated.sort((a, b) => Temporal.Instant.compare(Temporal.Instant.from(a.startsAt), Temporal.Instant.from(b.startsAt)))
  return {
    appointment: {
      date: appointmentDay.toString(),
      time: appointment.toPlainTime().toString({ smallestUnit: 'minute' }),
      instant: appointment.toInstant().toString()
    },
    timeZone,
    dated,
    always
  }
}
