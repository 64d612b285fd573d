import type { TreatmentConcern, TreatmentZone } from '@shared/register/vocabulary'
import { localIsoDate, localIsoTime } from '@shared/dates/local-iso-date'

export interface ZoneRow {
  /** Stable across edits, for Vue's list and for the row's "touched" state. */
  key: number
  zone: TreatmentZone | null
  depthMm: number | null
}

/** The treatment form as entered: the date as its picker holds it, the time as HH:MM, zones as rows. */
export interface TreatmentFormState {
  date: Date | null
  time: string
  practitioner: string
  device: string
  zones: ZoneRow[]
  concerns: TreatmentConcern[]
  products: string
  notes: string
  sessionNumber: number | null
}

let nextRowKey = 1

export function emptyZoneRow(): ZoneRow {
  return { key: nextRowKey++, zone: null, depthMm: null }
}

/** A new treatment: now, by the practitioner signed in (if any), one empty zone row, and the session after the client's last. */
export function newTreatmentForm(now: Date, sessionNumber: number | null, practitioner = ''): TreatmentFormState {
  return {
    date: now,
    time: localIsoTime(now),
    practitioner,
    device: '',
    zones: [emptyZoneRow()],
    concerns: [],
    products: '',
    notes: '',
    sessionNumber
  }
}

function isBlank(row: ZoneRow): boolean {
  return row.zone === null && row.depthMm === null
}

/** The rows that count: blank rows left at the end (an extra Alt+Z) are ignored. */
export function filledZoneRows(rows: ZoneRow[]): ZoneRow[] {
  let end = rows.length
  while (end > 0 && isBlank(rows[end - 1] as ZoneRow)) end--
  return rows.slice(0, end)
}

/** YYYY-MM-DDTHH:MM on this computer's clock, or '' while the date or time is missing. */
export function localDateTime(date: Date | null, time: string): string {
  return date && time ? `${localIsoDate(date)}T${time}` : ''
}

/** The zones chosen so far, for the screening to check against earlier treatments. */
export function chosenZones(rows: ZoneRow[]): TreatmentZone[] {
  return [...new Set(rows.map((row) => row.zone).filter((zone): zone is TreatmentZone => zone !== null))]
}

/** The visit's screening as the form sends it: its id, and the decision its outcome asked for. */
export interface ScreeningChoice {
  screeningId: string | null
  decision: { by: string; reason: string } | null
}

/** The form as the shared treatment schema reads it, gaps included, for it to point them out. */
export function treatmentFieldsFrom(state: TreatmentFormState, clientId: string, timeZone: string, screening: ScreeningChoice): unknown {
  return {
    screeningId: screening.screeningId,
    // Copied: the decision comes from the panel's reactive state, which cannot be cloned as it is.
    screeningDecision: screening.decision && { by: screening.decision.by, reason: screening.decision.reason },
    clientId,
    performedAt: localDateTime(state.date, state.time),
    timeZone,
    practitioner: state.practitioner,
    device: state.device,
    concerns: state.concerns,
    zones: filledZoneRows(state.zones).map((row) => ({ zone: row.zone ?? undefined, depthMm: row.depthMm ?? undefined })),
    products: state.products,
    notes: state.notes,
    sessionNumber: state.sessionNumber
  }
}

/** The deepest depth entered so far that the register would accept, if any. */
export function deepestDepth(rows: ZoneRow[], range: { min: number; max: number }): number | undefined {
  const depths = rows
    .map((row) => row.depthMm)
    .filter((depth): depth is number => depth !== null && depth >= range.min && depth <= range.max)
  return depths.length ? Math.max(...depths) : undefined
}
