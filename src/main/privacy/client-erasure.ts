import type { Actor } from '../audit/actor'
import type { Kysely } from 'kysely'
import { foldForSearch } from '@shared/text/search-fold'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import { clientNotFound } from '../register/client-repository'
import type { Database } from '../db/schema'
import type { AuditLog } from '../audit/audit-log'
import { clientRetention, type RetentionClock } from './record-retention'

export interface ErasureReport {
  clientId: string
  treatments: number
  handouts: number
  /** When the erased records' retention period ended, or would have: erasing before it needs a reason. */
  retentionEndsOn: string
}

export interface ErasureRequest {
  clientId: string
  /** Why a client is erased within their retention period; kept in the audit log's tombstone. */
  reason?: string | undefined
}

/**
 * Removes a person from the register: their record, treatments, handout and preparation sheet
 * logs, in one transaction. Within the clinic's retention period it needs a reason, which the
 * audit log's tombstone keeps with the id, the counts and the day the period ends: never the
 * person's details, so a reason naming them is refused. The connection runs with secure_delete,
 * so the removed rows are overwritten, not left in free pages that a later backup would copy.
 */
export async function eraseClient(
  db: Kysely<Database>,
  audit: AuditLog,
  actor: Actor,
  { clientId, reason }: ErasureRequest,
  clock: RetentionClock
): Promise<ErasureReport> {
  return db.transaction().execute(async (trx) => {
    const client = await trx
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'email', 'phone', 'date_of_birth'])
      .where('id', '=', clientId)
      .executeTakeFirst()
    if (!client) throw clientNotFound(clientId)
    const retention = await clientRetention(trx, clock, clientId)
    const givenReason = reason?.trim() || undefined
    if (!retention.ended && !givenReason) {
      const keptUntil = retention.countsFromTreatment ? 'erasure.keptUntil.lastTreatment' : 'erasure.keptUntil.recordMade'
      throw new AppError('invalid_input', words(keptUntil, { endsOn: retention.endsOn, years: retention.retention.years }), {
        reason: words('erasure.reason.missing')
      })
    }
    if (givenReason && namesThePerson(givenReason, client)) {
      throw new AppError('invalid_input', words('erasure.reason.personal'), { reason: words('erasure.reason.personalField') })
    }
    const count = async (table: 'treatments' | 'handout_log'): Promise<number> => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    }
    const report = { clientId, treatments: await count('treatments'), handouts: await count('handout_log'), retentionEndsOn: retention.endsOn }
    // Treatments, zones, search terms, screenings and both logs go with the client (on delete cascade).
    await trx.deleteFrom('clients').where('id', '=', clientId).execute()
    await audit.record(
      actor,
      {
        action: 'erase',
        subjectType: 'client',
        subjectId: clientId,
        details: {
          treatments: report.treatments,
          handouts: report.handouts,
          retentionEndsOn: retention.endsOn,
          withinRetention: !retention.ended,
          ...(givenReason && { reason: givenReason })
        }
      },
      trx
    )
    return report
  })
}

type ClientDetails = { given_name: string; family_name: string; email: string | null; phone: string | null; date_of_birth: string | null }

/** Whether a reason holds the person's name, email, phone number or date of birth. */
function namesThePerson(reason: string, client: ClientDetails): boolean {
  const folded = foldForSearch(reason)
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u))
  const names = [client.given_name, client.family_name].flatMap((name) => foldForSearch(name).split(/[^\p{L}\p{N}]+/u)).filter((part) => part.length >= 2)
  if (names.some((part) => words.has(part))) return true
  const digits = reason.replace(/\D/g, '')
  const phone = client.phone?.replace(/\D/g, '') ?? ''
  return (
    (client.email !== null && folded.includes(foldForSearch(client.email))) ||
    (phone.length >= 6 && digits.includes(phone.slice(-6))) ||
    (client.date_of_birth !== null && reason.includes(client.date_of_birth))
  )
}
