import { z } from 'zod'
import { isRealIsoDate } from '../dates/calendar-date'
import { clientIdSchema } from '../register/client'

/**
 * The recall list: clients whose next-session window (from their latest treatment's band and
 * the protocol) is open now or opens soon, and the calls the desk made about it.
 */

/** How a call about the next session went; none when the desk only noted that it called. */
export const RECALL_OUTCOMES = ['left_message', 'booked', 'declined'] as const
export type RecallOutcome = (typeof RECALL_OUTCOMES)[number]

/** How many days ahead the list looks when nobody says otherwise. */
export const DEFAULT_RECALL_DAYS = 14
export const MAX_RECALL_NOTE_LENGTH = 500

const recallDate = (which: string) =>
  z
    .string({ error: `Write the ${which} date as YYYY-MM-DD, like 2026-12-01.` })
    .refine(isRealIsoDate, `The ${which} date is not a real date: write it as YYYY-MM-DD, like 2026-12-01.`)

/** The days a window must touch to be listed; from today, and DEFAULT_RECALL_DAYS ahead, when left out. */
export const recallQuerySchema = z
  .object({ from: recallDate('first').optional(), to: recallDate('last').optional() })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    error: 'The last date comes before the first: swap them and try again.',
    path: ['to']
  })
  .default({})
export type RecallQuery = z.input<typeof recallQuerySchema>

export const recordRecallContactSchema = z.object({
  clientId: clientIdSchema,
  outcome: z.enum(RECALL_OUTCOMES, 'Say how the call went: left a message, booked or declined.').nullable().default(null),
  note: z
    .string({ error: 'Write the note as text.' })
    .trim()
    .max(MAX_RECALL_NOTE_LENGTH, `Keep the note to ${MAX_RECALL_NOTE_LENGTH} characters.`)
    .default('')
})
export type RecallContactFields = z.input<typeof recordRecallContactSchema>

/** A call made about a client's next session. */
export interface RecallContact {
  id: string
  clientId: string
  /** The treatment whose window the call was about: a later treatment starts afresh. */
  treatmentId: string
  outcome: RecallOutcome | null
  note: string
  contactedBy: string
  contactedAt: string
}

/** One client due for their next session. */
export interface RecallEntry {
  clientId: string
  givenName: string
  familyName: string
  phone: string | null
  treatmentId: string
  /** The latest treatment's local date and time, YYYY-MM-DDTHH:MM, in its own zone. */
  treatedAt: string
  deepestDepthMm: number
  /** The next-session window, local calendar days YYYY-MM-DD. */
  windowOpens: string
  windowCloses: string
  /** The latest call about this window; null when nobody has called yet. */
  contact: RecallContact | null
}

/** The list for the days asked, soonest window first. */
export interface RecallList {
  from: string
  to: string
  entries: RecallEntry[]
}
