import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type { AuditAction, AuditEntry, AuditSubject, auditQuerySchema } from '@shared/audit/audit-entry'
import { engineSql } from '../db/engine-sql'
import type { Database } from '../db/schema'
import type { Clock } from '../register/client-repository'
import type { LastChange } from '../register/stale-edit'
import type { Actor } from './actor'

export interface AuditEvent {
  action: AuditAction
  subjectType: AuditSubject
  subjectId?: string | null
  details?: AuditEntry['details']
}

/** Appends who did what, when; the table itself refuses changes and deletions. */
export class AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock = () => new Date()
  ) {}

  /** Appends an event; pass the transaction when the event must stand or fall with a change. */
  async record(actor: Actor, event: AuditEvent, executor: Kysely<Database> = this.db): Promise<void> {
    await executor
      .insertInto('audit_log')
      .values({
        at: this.clock().toISOString(),
        actor: actor.name,
        staff_id: actor.staffId,
        desk: actor.desk,
        action: event.action,
        subject_type: event.subjectType,
        subject_id: event.subjectId ?? null,
        details: JSON.stringify(event.details ?? {})
      })
      .execute()
    // In the change's own transaction, so the mark moves exactly when the change is committed.
    await executor.updateTable('register_changes').set((eb) => ({ mark: eb('mark', '+', 1) })).where('id', '=', 1).execute()
  }

  /** The register's change mark (see migration 10). */
  async changeMark(): Promise<number> {
    const row = await this.db.selectFrom('register_changes').select('mark').where('id', '=', 1).executeTakeFirst()
    return Number(row?.mark ?? 0)
  }

  /** Who last created or changed a record, and when. */
  async lastChange(subjectType: AuditSubject, subjectId: string): Promise<LastChange | undefined> {
    return this.db
      .selectFrom('audit_log')
      .select(['actor', 'at'])
      .where('subject_id', '=', subjectId)
      .where('subject_type', '=', subjectType)
      .where('action', 'in', ['create', 'update'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  }

  /**
   * The content hash the log recorded for a handout when it was given or its content rebuilt:
   * the log refuses changes, so a reprint checks the stored content against it.
   */
  async recordedHandoutContent(handoutId: string): Promise<string | undefined> {
    const rows = await this.db
      .selectFrom('audit_log')
      .select('details')
      .where('subject_id', '=', handoutId)
      .where('subject_type', '=', 'handout')
      .orderBy('id')
      .execute()
    for (const { details } of rows) {
      const { contentSha256 } = JSON.parse(details) as { contentSha256?: unknown }
      if (typeof contentSha256 === 'string') return contentSha256
    }
    return undefined
  }

  /** Newest first. */
  async list(query: z.output<typeof auditQuerySchema>): Promise<AuditEntry[]> {
    let select = this.db.selectFrom('audit_log').selectAll()
    if (query.since) select = select.where('at', '>=', query.since)
    if (query.action) select = select.where('action', '=', query.action)
    if (query.subjectId) select = select.where('subject_id', '=', query.subjectId)
    if (query.actor) select = select.where('actor', '=', query.actor)
    const { clientId } = query
    if (clientId) {
      // Both sides are indexed (migration 6), so SQLite reads the two indexes, not the whole log.
      select = select.where((eb) =>
        eb.or([eb('subject_id', '=', clientId), eb(engineSql(this.db).auditClientId, '=', clientId)])
      )
    }
    const rows = await select.orderBy('id', 'desc').limit(query.limit).execute()
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor: row.actor,
      desk: row.desk,
      action: row.action as AuditAction,
      subjectType: row.subject_type as AuditSubject,
      subjectId: row.subject_id,
      details: JSON.parse(row.details) as AuditEntry['details']
    }))
  }
}
