import type { AuditEntry } from '../audit/audit-entry'
import type { HandoutLogEntry } from '../handouts/handout-kinds'
import type { PrepSheetLogEntry } from '../preparation/prep-sheets'
import type { RecallContact } from '../recalls/recalls'
import type { ScreeningRecord } from '../screening/screening-record'
import type { ClientConsents } from '../consent/consent-record'
import type { Client } from './client'
import type { Treatment } from './treatment'

/** Everything the register holds about one person, for a subject access request. */
export interface ClientData {
  exportedAt: string
  client: Client
  treatments: Treatment[]
  /** Each visit's screening: the answers given and what they meant. */
  screenings: ScreeningRecord[]
  /** The consents they signed (each one's PDF is reprinted from the client's page), and their choice about photographs. */
  consents: ClientConsents
  handoutsGiven: HandoutLogEntry[]
  /** "Before your appointment" sheets and calendar files given, with the appointment each was for. */
  prepSheetsGiven: PrepSheetLogEntry[]
  /** The calls made about their next session, with the notes taken, newest first. */
  recallCalls: RecallContact[]
  activity: AuditEntry[]
}

/** The two files given to the person: the data as JSON, and the same as a readable PDF. */
export interface ClientDataFiles {
  baseName: string
  json: string
  pdf: Uint8Array
}
