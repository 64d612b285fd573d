import { sql, type Kysely } from 'kysely'
import { bandHolding, nextSessionWindow } from '@shared/aftercare/plan'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import { engineSql, insertRows } from '../db/engine-sql'
import type { Database, RecallWindowTable } from '../db/schema'

/**
 * Keeps recall_windows in step: each client's next-session window, computed here from their
 * latest treatment and the protocol (the same rule a handout prints), so the recall list is a
 * range read of an index. Moved by every treatment saved, and refilled for everyone when the
 * protocol changes.
 */

const ROWS_PER_WRITE = 5000

/** A treatment as the window needs it. */
export interface WindowTreatment {
  client_id: string
  treatment_id: string
  performed_at_local: string
  time_zone: string
  performed_at_utc: string
  deepest_hundredths_mm: number
}

/**
 * Moves the windows of the clients of newly saved treatments, where one of them is now the
 * client's latest. Treatments are never edited or removed on their own (only with their
 * client), so the latest is the later of the stored window's treatment and the new ones: no
 * treatment needs reading again, which keeps a bulk load (whose treatment indexes are
 * dropped meanwhile) as fast as before.
 */
export async function moveRecallWindows(db: Kysely<Database>, saved: readonly WindowTreatment[], protocol: AftercareProtocol): Promise<void> {
  const latestSaved = new Map<string, WindowTreatment>()
  for (const treatment of saved) {
    const known = latestSaved.get(treatment.client_id)
    if (!known || isLater(treatment, known)) latestSaved.set(treatment.client_id, treatment)
  }
  if (latestSaved.size === 0) return
  const ids = engineSql(db).texts([...latestSaved.keys()])
  const stored = await db.selectFrom('recall_windows').select(['client_id', 'treatment_id', 'treated_at_utc']).where('client_id', 'in', ids).execute()
  for (const window of stored) {
    const candidate = latestSaved.get(window.client_id)
    if (candidate && !isLater(candidate, { treatment_id: window.treatment_id, performed_at_utc: window.treated_at_utc })) {
      latestSaved.delete(window.client_id)
    }
  }
  const moved = [...latestSaved.values()]
  if (moved.length === 0) return
  await db.deleteFrom('recall_windows').where('client_id', 'in', engineSql(db).texts(moved.map((treatment) => treatment.client_id))).execute()
  await insertRows(db, 'recall_windows', windowsOf(moved, protocol))
}

/** Recomputes every client's window from their latest treatment (the protocol changed, or the table is new). */
export async function refillRecallWindows(db: Kysely<Database>, protocol: AftercareProtocol): Promise<void> {
  const windows = windowsOf(await latestTreatments(db), protocol)
  await db.deleteFrom('recall_windows').execute()
  for (let start = 0; start < windows.length; start += ROWS_PER_WRITE) {
    await insertRows(db, 'recall_windows', windows.slice(start, start + ROWS_PER_WRITE))
  }
}

/** Later by when it happened, ties by id: the order the client's page lists treatments in. */
function isLater(a: Pick<WindowTreatment, 'performed_at_utc' | 'treatment_id'>, b: Pick<WindowTreatment, 'performed_at_utc' | 'treatment_id'>): boolean {
  return a.performed_at_utc === b.performed_at_utc ? a.treatment_id > b.treatment_id : a.performed_at_utc > b.performed_at_utc
}

/** Each client's latest treatment with its deepest zone, read through treatments_by_client. */
async function latestTreatments(db: Kysely<Database>): Promise<WindowTreatment[]> {
  const latest = db.selectFrom('clients as c').select((eb) =>
    eb
      .selectFrom('treatments as l')
      .select('l.id')
      .whereRef('l.client_id', '=', 'c.id')
      .orderBy('l.performed_at_utc', 'desc')
      .orderBy('l.id', 'desc')
      .limit(1)
      .as('treatment_id')
  )
  const rows = await db
    .selectFrom(latest.as('latest'))
    .innerJoin('treatments as t', 't.id', 'latest.treatment_id')
    .select([
      't.client_id',
      't.id as treatment_id',
      't.performed_at_local',
      't.time_zone',
      't.performed_at_utc',
      sql<number>`(select max(z.depth_hundredths_mm) from treatment_zones z where z.treatment_id = t.id)`.as('deepest_hundredths_mm')
    ])
    .execute()
  return rows.map((row) => ({ ...row, deepest_hundredths_mm: Number(row.deepest_hundredths_mm) }))
}

function windowsOf(treatments: readonly WindowTreatment[], protocol: AftercareProtocol): RecallWindowTable[] {
  // Many treatments share a time, zone and depth (a clinic's usual slots): each window is worked out once.
  const computed = new Map<string, { earliest: string; latest: string } | null>()
  return treatments.flatMap((treatment) => {
    const key = `${treatment.performed_at_local} ${treatment.time_zone} ${treatment.deepest_hundredths_mm}`
    let window = computed.get(key)
    if (window === undefined) {
      window = windowIfBanded(treatment, protocol)
      computed.set(key, window)
    }
    if (!window) return []
    return {
      client_id: treatment.client_id,
      treatment_id: treatment.treatment_id,
      treated_at_local: treatment.performed_at_local,
      treated_at_utc: treatment.performed_at_utc,
      deepest_hundredths_mm: treatment.deepest_hundredths_mm,
      opens_on: window.earliest,
      closes_on: window.latest
    }
  })
}

/** The window, or null for a treatment no band holds: one kept from before every treatment had a zone, with no depth to go by. */
function windowIfBanded(treatment: WindowTreatment, protocol: AftercareProtocol): { earliest: string; latest: string } | null {
  const depthMm = treatment.deepest_hundredths_mm / 100
  if (!bandHolding(protocol, depthMm)) return null
  return nextSessionWindow({ performedAt: treatment.performed_at_local, timeZone: treatment.time_zone, deepestDepthMm: depthMm }, protocol)
}
