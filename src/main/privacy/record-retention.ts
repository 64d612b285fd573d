import type { Kysely } from 'kysely'
import { Temporal } from 'temporal-polyfill'
import {
  retentionCutoff,
  retentionEndsOn,
  type ClientRetention,
  type Retention,
  type RetentionEndedClient,
  type RetentionReview
} from '@shared/clinic/record-retention'
import type { Database } from '../db/schema'
import { clientNotFound } from '../register/client-repository'

/** The clinic's retention and the day it is, in the clinic's zone. */
export interface RetentionClock {
  retention: Retention
  /** Today in the clinic's zone, YYYY-MM-DD. */
  today: string
  timeZone: string
}

/** One client's retention period: from their last treatment, or from their record's creation when they have none. */
export async function clientRetention(db: Kysely<Database>, { retention, today, timeZone }: RetentionClock, clientId: string): Promise<ClientRetention> {
  const client = await db.selectFrom('clients').select(['id', 'created_at']).where('id', '=', clientId).executeTakeFirst()
  if (!client) throw clientNotFound(clientId)
  const last = await db
    .selectFrom('treatments')
    .select('performed_at_local')
    .where('client_id', '=', clientId)
    .orderBy('performed_at_utc', 'desc')
    .limit(1)
    .executeTakeFirst()
  const countsFrom = last ? last.performed_at_local.slice(0, 10) : localDay(client.created_at, timeZone)
  const endsOn = retentionEndsOn(countsFrom, retention.years)
  return { retention, countsFrom, countsFromTreatment: last !== undefined, endsOn, ended: endsOn <= today }
}

/**
 * The clients whose retention period has ended, those whose period ended longest ago first, at
 * most `limit`. Read through indexes: the treatments before the cutoff (treatments_by_time), each
 * checked for a later one (treatments_by_client); and clients with no treatment made before the
 * cutoff (clients_by_creation, migration 16). Never every client.
 */
export async function retentionReview(db: Kysely<Database>, { retention, today, timeZone }: RetentionClock, limit: number): Promise<RetentionReview> {
  const cutoff = retentionCutoff(today, retention.years)
  // The first instant after the cutoff day: anything before it happened on the cutoff day or earlier.
  const before = Temporal.PlainDate.from(cutoff).add({ days: 1 }).toZonedDateTime({ timeZone }).toInstant().toString()
  const treated = await treatedLongAgo(db, before, limit + 1).execute()
  const untreated = await untreatedLongAgo(db, before, limit + 1).execute()
  const due = (id: string, given: string, family: string, countsFrom: string, countsFromTreatment: boolean): RetentionEndedClient => ({
    id,
    name: `${given} ${family}`,
    countsFrom,
    countsFromTreatment,
    endedOn: retentionEndsOn(countsFrom, retention.years)
  })
  const clients = [
    ...treated.map((row) => due(row.id, row.given_name, row.family_name, String(row.last).slice(0, 10), true)),
    ...untreated.map((row) => due(row.id, row.given_name, row.family_name, localDay(row.created_at, timeZone), false))
  ].sort((a, b) => (a.countsFrom < b.countsFrom ? -1 : a.countsFrom > b.countsFrom ? 1 : a.id < b.id ? -1 : 1))
  return { retention, clients: clients.slice(0, limit), more: clients.length > limit }
}

/** Clients whose every treatment was before `before` (an instant), with their last treatment's local date-time. */
export function treatedLongAgo(db: Kysely<Database>, before: string, limit: number) {
  return db
    .selectFrom('treatments as t')
    .innerJoin('clients as c', 'c.id', 't.client_id')
    .select((eb) => ['c.id', 'c.given_name', 'c.family_name', eb.fn.max('t.performed_at_local').as('last')])
    .where('t.performed_at_utc', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('treatments as n').select('n.id').whereRef('n.client_id', '=', 't.client_id').where('n.performed_at_utc', '>=', before)))
    )
    .groupBy(['c.id', 'c.given_name', 'c.family_name'])
    .orderBy('last')
    .limit(limit)
}

/** Clients with no treatment whose record was made before `before`. */
export function untreatedLongAgo(db: Kysely<Database>, before: string, limit: number) {
  return db
    .selectFrom('clients as c')
    .select(['c.id', 'c.given_name', 'c.family_name', 'c.created_at'])
    .where('c.created_at', '<', before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('treatments as n').select('n.id').whereRef('n.client_id', '=', 'c.id'))))
    .orderBy('c.created_at')
    .limit(limit)
}

/** The day an instant falls on in the zone. */
function localDay(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString()
}
