import { Temporal } from 'temporal-polyfill'
import { formatDay, formatMilestoneDate } from '@shared/aftercare/format-date'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import type { PreparationSchedule, DatedPreparationRule } from '@shared/preparation/preparation-dates'
import type { Preparation } from '@shared/preparation/preparation-rules'
import { textIn } from '@shared/text/translated-text'
import type { Client } from '@shared/register/client'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { clinicNumbers, printedClinic } from './handout-content'
import { fillIn } from './handout-labels'
import { patientNames } from './patient-names'
import type { CalendarFileEvent, PrintedCalendarFile, PrintedPrepSheet } from './printed-content'
import { PREP_SHEET_WORDS, type PrepSheetWords } from './prep-sheet-words'

/** What a preparation sheet or its calendar file is made of: the schedule is already dated (preparation-dates.ts). */
export interface PrepSheetSource {
  schedule: PreparationSchedule
  preparation: Preparation
  client: Pick<Client, 'id' | 'givenName' | 'familyName'>
  clinic: ClinicSettings
  language: HandoutLanguage
  paper: PaperSize
  producedAt: string
}

/** The words and dates of "Before your appointment", as printed. */
export function prepSheetContent({ schedule, preparation, client, clinic, language, paper, producedAt }: PrepSheetSource): PrintedPrepSheet {
  const words = PREP_SHEET_WORDS[language]
  const { patientName, fileNamePatient } = patientNames(client)
  const text = (item: Preparation['bring'][number]) => textIn(item, language)
  return {
    kind: 'prep-sheet',
    language,
    paper,
    producedAt,
    fileNamePatient,
    fileTitle: `${words.title}${words.colon}${patientName}`,
    author: clinic.name,
    clinic: printedClinic(clinic),
    title: words.title,
    patientName,
    appointment: { label: words.appointment, value: appointmentWhen(schedule, words) },
    intro: words.intro,
    steps: { title: words.stepsTitle, rows: stepRows(schedule, words, language) },
    always: { title: words.alwaysTitle, items: schedule.always.map((rule) => text(rule.text)) },
    bring: { title: words.bringTitle, items: preparation.bring.map(text) },
    callToMove: { title: words.callTitle, intro: words.callIntro, signs: preparation.callToMove.map(text), numbers: clinicNumbers(clinic, words) }
  }
}

/**
 * The preparation as a calendar file: the appointment itself (with what to do on the day), and an
 * event where each dated rule starts: all day for a rule that starts with a day, a short timed one
 * for a rule that starts at a time. Their ids stay the same for the same client, appointment and
 * rule, so importing a newer file for it updates the events instead of adding copies.
 */
export function prepCalendarFileContent({ schedule, client, clinic, language, producedAt }: PrepSheetSource): PrintedCalendarFile {
  const words = PREP_SHEET_WORDS[language]
  const { patientName, fileNamePatient } = patientNames(client)
  const text = (item: Preparation['bring'][number]) => textIn(item, language)
  const appointmentKey = `${schedule.appointment.date}${schedule.appointment.time}`.replace(/\D/g, '')
  const uid = (key: string) => `prep-${client.id}-${appointmentKey}-${key}@aftercare-desk`
  const until = fillIn(words.untilAppointment, { appointment: appointmentWhen(schedule, words) })
  const onTheDay = schedule.dated.filter((dated) => dated.start.kind === 'on-the-day')
  const appointment: CalendarFileEvent = {
    uid: uid('appointment'),
    title: `${words.appointmentEvent}${words.colon}${clinic.name}`,
    description: [words.onTheDay, ...onTheDay.map((dated) => `- ${text(dated.rule.text)}`)].join('\n'),
    location: clinic.name,
    start: Temporal.Instant.from(schedule.appointment.instant).epochMilliseconds,
    duration: { minutes: 60 },
    utc: true
  }
  const ruleEvents = schedule.dated.flatMap((dated): CalendarFileEvent[] => {
    const common = { uid: uid(dated.rule.id), title: `${words.title}${words.colon}${text(dated.rule.text)}`, description: until }
    switch (dated.start.kind) {
      case 'on-the-day':
        return []
      case 'day': {
        const day = Temporal.PlainDate.from(dated.start.date)
        const next = day.add({ days: 1 })
        return [{ ...common, start: [day.year, day.month, day.day], end: [next.year, next.month, next.day], utc: false }]
      }
      case 'moment':
        return [{ ...common, start: Temporal.Instant.from(dated.startsAt).epochMilliseconds, duration: { minutes: 15 }, utc: true }]
    }
  })
  return {
    kind: 'ics',
    language,
    paper: null,
    producedAt,
    fileNamePatient,
    calendarName: `${clinic.name}: ${patientName}`,
    productId: '-//Aftercare Desk//Preparation//EN',
    events: [...ruleEvents, appointment]
  }
}

/** The dated steps in order, those that start together (and read the same) in one row. */
function stepRows(schedule: PreparationSchedule, words: PrepSheetWords, language: HandoutLanguage): PrintedPrepSheet['steps']['rows'] {
  const rows: PrintedPrepSheet['steps']['rows'] = []
  for (const dated of schedule.dated) {
    const when = describeStart(dated, words)
    const what = textIn(dated.rule.text, language)
    const last = rows.at(-1)
    if (last && last.when === when) last.what.push(what)
    else rows.push({ when, what: [what] })
  }
  return rows
}

/** "Thursday 2 April, 14:00". */
function appointmentWhen(schedule: PreparationSchedule, words: PrepSheetWords): string {
  return formatMilestoneDate(`${schedule.appointment.date}T${schedule.appointment.time}`, words.locale)
}

/** "From Thursday 26 March", "From 14:00 the day before", "On the day"; "Start now (…)" when that is past. */
function describeStart({ start, begun }: DatedPreparationRule, words: PrepSheetWords): string {
  let when: string
  switch (start.kind) {
    case 'on-the-day':
      return words.onTheDay
    case 'day':
      when = fillIn(words.fromDay, { day: formatDay(start.date, words.locale) })
      break
    case 'moment':
      if (start.daysBefore === 0) when = fillIn(words.fromTimeOnTheDay, { time: start.time })
      else if (start.daysBefore === 1) when = fillIn(words.fromTimeDayBefore, { time: start.time })
      else when = fillIn(words.fromMoment, { day: formatDay(start.date, words.locale), time: start.time })
      break
  }
  return begun ? `${words.startNow} (${lowerFirst(when, words.locale)})` : when
}

function lowerFirst(text: string, locale: string): string {
  // German capitalises every noun, but "ab" is not one; the others lower a sentence's first letter too.
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1)
}
