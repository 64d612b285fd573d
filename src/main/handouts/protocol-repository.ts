import type { Kysely } from 'kysely'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import { aftercareProtocolSchema, type AftercareProtocol } from '@shared/aftercare/protocol'
import type { ProtocolVersion, ProtocolVersionInfo } from '@shared/protocol/protocol-versions'
import type { Database } from '../db/schema'
import { VersionedDocuments, type VersionInfo } from '../db/versioned-documents'

/**
 * Saved protocol versions, never changed once saved: a handout names the version it used.
 * A register with none gets the shipped default as version 1.
 */
export class ProtocolRepository {
  private readonly documents: VersionedDocuments<AftercareProtocol>

  constructor(db: Kysely<Database>, clock: () => Date = () => new Date()) {
    this.documents = new VersionedDocuments(
      db,
      {
        table: 'protocols',
        schema: aftercareProtocolSchema,
        shipped: DEFAULT_PROTOCOL,
        shippedNote: 'The default protocol shipped with Aftercare Desk',
        missing: (version) => `Version ${version} of the aftercare protocol is not in the register.`
      },
      clock
    )
  }

  async current(): Promise<ProtocolVersion> {
    return asProtocolVersion(await this.documents.current())
  }

  async get(version: number): Promise<ProtocolVersion> {
    return asProtocolVersion(await this.documents.get(version))
  }

  /** Every version, newest first. */
  versions(): Promise<ProtocolVersionInfo[]> {
    return this.documents.versions()
  }

  /** Saves a checked protocol as the next version. */
  async save(protocol: AftercareProtocol, note: string, createdBy: string): Promise<ProtocolVersion> {
    return asProtocolVersion(await this.documents.save(protocol, note, createdBy))
  }
}

function asProtocolVersion({ document, ...info }: VersionInfo & { document: AftercareProtocol }): ProtocolVersion {
  return { ...info, protocol: document }
}
