import { z } from 'zod'
import { isRealIsoDate } from '../dates/calendar-date'
import { clientIdSchema } from '../register/client'
import { refusal } from '../words/refusal'

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

const recallDate = (which: 'from' | 'to') =>
  z.string(refusal(`recall.${which}.missing`)).refine(isRealIsoDate, refusal(`recall.${which}.notReal`))

/** The days a window must touch to be listed; from today, and DEFAULT_RECALL_DAYS ahead, when left out. */
export const recallQuerySchema = z
  .object({ from: recallDate('from').optional(), to: recallDate('to').optional() })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, { ...refusal('recall.dates.swapped'), path: ['to'] })
  .default({})
export type RecallQuery = z.input<typeof recallQuerySchema>

export const recordRecallContactSchema = z.object({
  clientId: clientIdSchema,
  outcome: z.enum(RECALL_OUTCOMES, refusal('recall.outcome.invalid')).nullable().default(null),
  note: z
    .string(refusal('recall.note.notText'))
    .trim()
    .max(MAX_RECALL_NOTE_LENGTH, refusal('recall.note.tooLong', { max: MAX_RECALL_NOTE_LENGTH }))
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
