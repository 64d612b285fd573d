import type { Kysely } from 'kysely'
import { DEFAULT_PROTOCOL } from '../../shared/aftercare/default-protocol'
import { aftercareProtocolSchema, type AftercareProtocol } from '../../shared/aftercare/protocol'
import { NotFoundError } from '../api/app-error'
import type { Database } from '../db/schema'

export interface ProtocolVersion {
  version: number
  protocol: AftercareProtocol
}

/** Saved protocol versions. A register with none gets the shipped default as version 1. */
export class ProtocolRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date()
  ) {}

  async current(): Promise<ProtocolVersion> {
    const latest = await this.db
      .selectFrom('protocols')
      .select(['version', 'body'])
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst()
    if (latest) return toProtocolVersion(latest)
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
    const row = await this.db
      .selectFrom('protocols')
      .select(['version', 'body'])
      .where('version', '=', version)
      .executeTakeFirst()
    if (!row) throw new NotFoundError(`Version ${version} of the aftercare protocol is not in the register.`)
    return toProtocolVersion(row)
  }
}

function toProtocolVersion(row: { version: number; body: string }): ProtocolVersion {
  return { version: row.version, protocol: aftercareProtocolSchema.parse(JSON.parse(row.body)) }
}
