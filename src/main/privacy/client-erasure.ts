import type { Actor } from '../audit/actor'
import type { Kysely } from 'kysely'
import { clientNotFound } from '../register/client-repository'
import type { Database } from '../db/schema'
import type { AuditLog } from '../audit/audit-log'

export interface ErasureReport {
  clientId: string
  treatments: number
  handouts: number
}

/**
 * Removes a person from the register: their record, treatments and handout log, in one
 * transaction. The audit log keeps a tombstone with the id and counts only. The connection
 * runs with secure_delete, so the removed rows are overwritten, not left in free pages that a
 * later backup would copy.
 */
export async function eraseClient(
  db: Kysely<Database>,
  audit: AuditLog,
  actor: Actor,
  clientId: string
): Promise<ErasureReport> {
  return db.transaction().execute(async (trx) => {
    const client = await trx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst()
    if (!client) throw clientNotFound(clientId)
    const count = async (table: 'treatments' | 'handout_log'): Promise<number> => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    }
    const report = { clientId, treatments: await count('treatments'), handouts: await count('handout_log') }
    // Treatments, zones, search terms and handout log entries go with the client (on delete cascade).
    await trx.deleteFrom('clients').where('id', '=', clientId).execute()
    await audit.record(actor, {
      action: 'erase',
      subjectType: 'client',
      subjectId: clientId,
      details: { treatments: report.treatments, handouts: report.handouts }
    }, trx)
    return report
  })
}
