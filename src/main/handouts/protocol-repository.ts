import type { Kysely } from 'kysely'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import { aftercareProtocolSchema, type AftercareProtocol } from '@shared/aftercare/protocol'
import type { ProtocolVersion, ProtocolVersionInfo } from '@shared/protocol/protocol-versions'
import { NotFoundError } from '../api/app-error'
import type { Database, ProtocolTable } from '../db/schema'

/**
 * Saved protocol versions, never changed once saved: a handout names the version it used.
 * A register with none gets the shipped default as version 1.
 */
export class ProtocolRepository {
  /**
   * Each version's protocol once checked, with the stored text it was checked from. A version
   * is never changed once saved, so a handout needn't check it again; the text is compared
   * anyway, so a register restored under a running app is never read through a stale check.
   */
  private readonly checked = new Map<number, { body: string; protocol: AftercareProtocol }>()

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date()
  ) {}

  async current(): Promise<ProtocolVersion> {
    const latest = await this.db.selectFrom('protocols').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst()
    if (latest) return this.toProtocolVersion(latest)
    await this.db
      .insertInto('protocols')
      .values({
        version: 1,
        body: JSON.stringify(DEFAULT_PROTOCOL),
        note: 'The default protocol shipped with Aftercare Desk',
        created_by: 'Aftercare Desk',
        created_at: this.clock().toISOString()
      })
      .onConflict((conflict) => conflict.column('version').doNothing())
      .execute()
    return this.current()
  }

  async get(version: number): Promise<ProtocolVersion> {
    const row = await this.db.selectFrom('protocols').selectAll().where('version', '=', version).executeTakeFirst()
    if (!row) throw new NotFoundError(`Version ${version} of the aftercare protocol is not in the register.`)
    return this.toProtocolVersion(row)
  }

  /** Every version, newest first. */
  async versions(): Promise<ProtocolVersionInfo[]> {
    await this.current()
    const rows = await this.db
      .selectFrom('protocols')
      .select(['version', 'note', 'created_by', 'created_at'])
      .orderBy('version', 'desc')
      .execute()
    return rows.map(toVersionInfo)
  }

  /** Saves a checked protocol as the next version. */
  async save(protocol: AftercareProtocol, note: string, createdBy: string): Promise<ProtocolVersion> {
    const { version: latest } = await this.current()
    await this.db
      .insertInto('protocols')
      .values({
        version: latest + 1,
        body: JSON.stringify(protocol),
        note,
        created_by: createdBy,
        created_at: this.clock().toISOString()
      })
      .execute()
    return this.get(latest + 1)
  }

  private toProtocolVersion(row: ProtocolTable): ProtocolVersion {
    let checked = this.checked.get(row.version)
    if (checked?.body !== row.body) {
      checked = { body: row.body, protocol: deepFreeze(aftercareProtocolSchema.parse(JSON.parse(row.body))) }
      this.checked.set(row.version, checked)
    }
    return { ...toVersionInfo(row), protocol: checked.protocol }
  }
}

function toVersionInfo(row: Pick<ProtocolTable, 'version' | 'note' | 'created_by' | 'created_at'>): ProtocolVersionInfo {
  return { version: row.version, note: row.note, createdBy: row.created_by, createdAt: row.created_at }
}

/** A checked protocol is shared by every caller after, so none may change it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}
