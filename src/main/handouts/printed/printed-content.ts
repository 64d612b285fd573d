import type { PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutLanguage } from '@shared/register/vocabulary'

/**
 * What a patient was given, resolved to the words, dates and times as printed, in reading
 * order. A layout only places and styles it, so a reprint draws the same content again,
 * whatever has changed since in the protocol, the client's record or the layout itself.
 */
export type PrintedContent = HandoutContent | PrintedPrepSheet

/** What is given for a treatment: its handout, its 14-day calendar, or its calendar file. */
export type HandoutContent = PrintedHandout | PrintedCalendar | PrintedCalendarFile

interface Printed {
  language: HandoutLanguage
  /** When it was first made: the file's creation date, so a reprint in the same layout is identical. */
  producedAt: string
  /** The patient as the file's name begins: family name first, so a folder of them sorts by family. */
  fileNamePatient: string
}

interface PrintedPdf extends Printed {
  paper: PaperSize
  /** The title a PDF viewer shows, and its author (the clinic). */
  fileTitle: string
  author: string
}

/** A label over its value, such as "Practitioner" over "Dr Okafor". */
export interface Fact {
  label: string
  value: string
}

export interface TitledList {
  title: string
  items: string[]
}

/** The clinic as a printed header and footer show it. */
export interface PrintedClinic {
  name: string
  /** The address, then phone, email and website, as the header prints them. */
  details: string
  /** The stored logo (ClinicSettingsRepository.logo), by its SHA-256. */
  logoSha256: string | null
  footer: string
}

/** A boxed "call us" panel: what it is about, the signs, and the clinic's numbers. */
export interface CallPanel {
  title: string
  intro: string
  signs: string[]
  numbers: string | null
}

export interface PrintedHandout extends PrintedPdf {
  kind: 'handout'
  clinic: PrintedClinic
  documentTitle: string
  patientName: string
  summary: { treatment: Fact; zones: Fact; band: Fact; practitioner: Fact; device: Fact; healing: string }
  milestones: { title: string; rows: { when: string; label: string; advice: string }[] }
  stages: { title: string; rows: { title: string; days: string; text: string }[] }
  safeToUse: TitledList
  avoid: TitledList
  tips: TitledList
  questions: { title: string; items: { question: string; answer: string }[] }
  callTheClinic: CallPanel
  precautions: TitledList
  nextSession: { heading: string; advice: string; course: { advice: string; sessions: string[] } | null }
  signatures: { practitioner: string; patient: string; date: string }
  /** The word before "2 / 2" in the footer. */
  page: string
}

/** A thing on the 14-day calendar: when it happens, in the calendar's words, and what. */
export interface CalendarLine {
  when: string
  what: string
}

export interface PrintedCalendar extends PrintedPdf {
  kind: 'calendar'
  title: string
  patientName: string
  treatment: { label: string; when: string; band: string }
  headings: { day: string; date: string; changes: string; ongoing: string }
  days: { date: string; changes: CalendarLine[]; ongoing: { what: string; when: string | null }[] }[]
  /** What comes after the 14 days, those at the same moment under one date. */
  later: { title: string; groups: { when: string; entries: { what: string; advice: string | null }[] }[] } | null
  nextSession: { title: string; earliest: string; latest: string; advice: string; callUs: string | null; phone: string | null }
  footer: { clinicName: string; phone: string | null }
}

/** One event of a calendar file, in the `ics` package's terms (times as epoch milliseconds). */
export interface CalendarFileEvent {
  uid: string
  title: string
  description: string
  location?: string
  start: number | [number, number, number]
  end?: number | [number, number, number]
  duration?: { minutes: number }
  utc: boolean
}

export interface PrintedCalendarFile extends Printed {
  kind: 'ics'
  paper: null
  calendarName: string
  productId: string
  events: CalendarFileEvent[]
}

/** "Before your appointment": the dated steps of a patient's preparation for one appointment. */
export interface PrintedPrepSheet extends PrintedPdf {
  kind: 'prep-sheet'
  clinic: PrintedClinic
  title: string
  patientName: string
  appointment: Fact
  intro: string
  /** One row per start: the steps that start together share it. */
  steps: { title: string; rows: { when: string; what: string[] }[] }
  /** Rules with no date (prescribed blood thinners); an empty list prints nothing. */
  always: TitledList
  bring: TitledList
  callToMove: CallPanel
}
