import ICAL from 'ical.js'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { planAftercare, type AftercarePlan } from '../../../src/shared/aftercare/plan'
import { calendarFileContent, calendarFileText } from '../../../src/main/handouts/printed/calendar-file'
import { aClient, aTreatment } from '../aftercare/fixtures'

/** The .ics is read back with ical.js, a parser independent of the ics library that wrote it. */

const OPTIONS = { client: { givenName: 'Ada', familyName: 'Lovelace' }, clinicName: 'Lumen Skin Clinic', producedAt: '2026-01-01T09:00:00.000Z' }

/** The calendar file of a plan, as a patient is given it. */
function scheduleIcs(plan: AftercarePlan, options: typeof OPTIONS): string {
  return calendarFileText(calendarFileContent({ plan, ...options }))
}

function planFor(performedAt: string, timeZone: string, depthMm = 1.0): AftercarePlan {
  return planAftercare(aTreatment({ performedAt, timeZone, depthMm }), aClient(), DEFAULT_PROTOCOL)
}

function eventsOf(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

function eventWithUid(events: ICAL.Event[], uid: string): ICAL.Event {
  const found = events.find((event) => event.uid === uid)
  if (!found) throw new Error(`No event has the UID ${uid}.`)
  return found
}

const millis = (time: ICAL.Time) => time.toUnixTime() * 1000
const instantMillis = (localIsoWithOffset: string) => Temporal.Instant.from(localIsoWithOffset).epochMilliseconds
const uidOf = (plan: AftercarePlan, key: string) => `${plan.treatmentId}-${key}@aftercare-desk`

/** Every event of the plan's calendar lands on the plan's instant, whatever the zone. */
function expectEventsMatchPlan(plan: AftercarePlan): void {
  const events = eventsOf(scheduleIcs(plan, OPTIONS))
  expect(events).toHaveLength(plan.milestones.length + 1)
  for (const milestone of plan.milestones) {
    const event = eventWithUid(events, uidOf(plan, milestone.key))
    expect(event.summary).toBe(milestone.label)
    expect(event.description).toBe(milestone.advice)
    expect(event.startDate.isDate).toBe(false)
    expect(millis(event.startDate)).toBe(instantMillis(milestone.start))
    if (milestone.end) expect(millis(event.endDate)).toBe(instantMillis(milestone.end))
    else expect(millis(event.endDate) - millis(event.startDate)).toBe(15 * 60 * 1000)
  }
}

describe('the .ics schedule', () => {
  it('has one event per milestone and an all-day event over the next session window', () => {
    const plan = planFor('2026-11-30T14:30', 'UTC')
    const events = eventsOf(scheduleIcs(plan, OPTIONS))
    expect(events.map((event) => event.uid)).toEqual([
      ...plan.milestones.map((milestone) => uidOf(plan, milestone.key)),
      uidOf(plan, 'next_session')
    ])
    expectEventsMatchPlan(plan)

    const session = eventWithUid(events, uidOf(plan, 'next_session'))
    expect(session.summary).toBe(plan.nextSession.title)
    expect(session.description).toBe(plan.nextSession.advice)
    expect(session.location).toBe('Lumen Skin Clinic')
    expect(session.startDate.isDate).toBe(true)
    expect(session.startDate.toString()).toBe(plan.nextSession.earliest)
    // An all-day event ends on the day after its last day.
    expect(session.endDate.toString()).toBe(Temporal.PlainDate.from(plan.nextSession.latest).add({ days: 1 }).toString())
  })

  it('writes times as UTC instants, so a calendar in any zone shows them at the right moment', () => {
    const ics = scheduleIcs(planFor('2026-11-30T14:30', 'America/New_York', 0.5), OPTIONS)
    // 14:30 in New York in winter (UTC-5) is 19:30 UTC; the first wash opens 4 hours later.
    expect(ics).toContain('DTSTART:20261130T233000Z')
    expect(ics).toContain('DTEND:20261201T013000Z')
    expect(ics).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}\r\n/)
  })

  it('keeps each time right across the March change to summer time in Europe/London', () => {
    // Saturday before the clocks go forward on Sunday 29 March 2026.
    const plan = planFor('2026-03-28T14:30', 'Europe/London')
    expectEventsMatchPlan(plan)
    const events = eventsOf(scheduleIcs(plan, OPTIONS))
    // 24 elapsed hours: 15:30 summer time, which is 14:30 UTC.
    expect(eventWithUid(events, uidOf(plan, 'makeup_and_sunscreen')).startDate.toString()).toBe('2026-03-29T14:30:00Z')
    // 7 calendar days keep the clock time, 14:30 summer time, which is 13:30 UTC.
    expect(eventWithUid(events, uidOf(plan, 'retinoids')).startDate.toString()).toBe('2026-04-04T13:30:00Z')
  })

  it('keeps each time right across the November change back to standard time in America/New_York', () => {
    // Saturday before the clocks go back on Sunday 1 November 2026.
    const plan = planFor('2026-10-31T10:00', 'America/New_York')
    expectEventsMatchPlan(plan)
    const events = eventsOf(scheduleIcs(plan, OPTIONS))
    expect(eventWithUid(events, uidOf(plan, 'makeup_and_sunscreen')).startDate.toString()).toBe('2026-11-01T14:00:00Z')
    expect(eventWithUid(events, uidOf(plan, 'retinoids')).startDate.toString()).toBe('2026-11-07T15:00:00Z')
  })

  it('puts the first wash after a 23:30 treatment on the next day', () => {
    const plan = planFor('2026-11-30T23:30', 'America/New_York')
    expectEventsMatchPlan(plan)
    const wash = eventWithUid(eventsOf(scheduleIcs(plan, OPTIONS)), uidOf(plan, 'first_wash'))
    // 03:30 and 05:30 on 1 December in New York.
    expect(wash.startDate.toString()).toBe('2026-12-01T08:30:00Z')
    expect(wash.endDate.toString()).toBe('2026-12-01T10:30:00Z')
  })

  it('gives every event a unique UID that stays the same when the file is made again', () => {
    const plan = planFor('2026-03-28T23:30', 'Europe/London', 2.0)
    const first = eventsOf(scheduleIcs(plan, OPTIONS)).map((event) => event.uid)
    const again = eventsOf(scheduleIcs(plan, { ...OPTIONS, producedAt: '2026-06-01T12:00:00.000Z' })).map(
      (event) => event.uid
    )
    expect(new Set(first).size).toBe(first.length)
    expect(again).toEqual(first)
  })

  it('is byte-identical when made again with the same stamp, so a reprint is what the patient was given', () => {
    const plan = planFor('2026-11-30T14:30', 'Europe/London')
    expect(scheduleIcs(plan, OPTIONS)).toBe(scheduleIcs(plan, OPTIONS))
  })

  it('holds only what the patient needs: no notes or date of birth from the register', () => {
    const client = { ...aClient(), dateOfBirth: '1815-12-10', notes: 'Allergic to lidocaine' }
    const plan = planAftercare(aTreatment({ notes: 'Redness on left cheek' }), client, DEFAULT_PROTOCOL)
    const ics = scheduleIcs(plan, OPTIONS)
    for (const secret of ['1815', '18151210', 'lidocaine', 'left cheek']) expect(ics).not.toContain(secret)
  })
})
