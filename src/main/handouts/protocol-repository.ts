import type { Kysely } from 'kysely'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import { aftercareProtocolSchema, type AftercareProtocol } from '@shared/aftercare/protocol'
import type { ProtocolVersion, ProtocolVersionInfo } from '@shared/protocol/protocol-versions'
import type { Database } from '../db/schema'
import { VersionedDocuments, type VersionInfo } from '../db/versioned-documents'
import { refillRecallWindows } from '../recalls/recall-windows'
import { words } from '@shared/words/words'

/**
 * Saved protocol versions, never changed once saved: a handout names the version it used.
 * A register with none gets the shipped default as version 1. Saving a version moves every
 * client's recall window to its rules: the contract's call saves both in one unit of work.
 */
export class ProtocolRepository {
  private readonly documents: VersionedDocuments<AftercareProtocol>

  constructor(
    private readonly db: Kysely<Database>,
    clock: () => Date = () => new Date()
  ) {
    this.documents = new VersionedDocuments(
      db,
      {
        table: 'protocols',
        schema: aftercareProtocolSchema,
        shipped: DEFAULT_PROTOCOL,
        shippedNote: () => words('protocol.shippedNote'),
        missing: (version) => words('protocol.versionMissing', { version: String(version) })
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
    const saved = asProtocolVersion(await this.documents.save(protocol, note, createdBy))
    await refillRecallWindows(this.db, saved.protocol)
    return saved
  }
}

function asProtocolVersion({ document, ...info }: VersionInfo & { document: AftercareProtocol }): ProtocolVersion {
  return { ...info, protocol: document }
}
