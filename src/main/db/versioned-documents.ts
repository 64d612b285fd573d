import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { NotFoundError } from '../api/app-error'
import type { Database, ProtocolTable } from './schema'

/** Who saved a version of a clinic's document, when, and why. */
export interface VersionInfo {
  version: number
  note: string
  createdBy: string
  createdAt: string
}

/** The tables that keep a clinic's own documents, one row per saved version, never changed once saved. */
type VersionTable = 'protocols' | 'questionnaires' | 'consent_forms'

export interface VersionedDocumentKind<T> {
  table: VersionTable
  /** Checks a stored body; a version is checked once and shared, frozen, after. */
  schema: z.ZodType<T>
  /** What a register with no version yet starts with, as version 1. */
  shipped: T
  /**
   * The shipped version's note, said when it is read: version 1 is always the shipped document
   * (the first read or save of a register writes it), so its note is in the desk's language of
   * the moment whatever was stored, the English of a register made by an earlier version too.
   */
  shippedNote: () => string
  /** "Version 3 of the aftercare protocol is not in the register." */
  missing: (version: number) => string
}

/** The version a register starts with: the shipped document. */
const SHIPPED_VERSION = 1

/**
 * A clinic document kept in versions (the aftercare protocol, the screening questionnaire, the consent form):
 * what a handout or a screening used is named by its version, so none is ever changed.
 */
export class VersionedDocuments<T> {
  /**
   * Each version once checked, with the stored text it was checked from. The text is compared
   * anyway, so a register restored under a running app is never read through a stale check.
   */
  private readonly checked = new Map<number, { body: string; document: T }>()
  // Both tables have the same columns: one typed view serves either.
  private readonly db: Kysely<{ versions: ProtocolTable }>

  constructor(
    db: Kysely<Database>,
    private readonly kind: VersionedDocumentKind<T>,
    private readonly clock: () => Date = () => new Date()
  ) {
    this.db = db as unknown as Kysely<{ versions: ProtocolTable }>
  }

  private get table(): 'versions' {
    return this.kind.table as unknown as 'versions'
  }

  async current(): Promise<VersionInfo & { document: T }> {
    const latest = await this.db.selectFrom(this.table).selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst()
    if (latest) return this.toVersion(latest)
    await this.db
      .insertInto(this.table)
      .values({
        version: SHIPPED_VERSION,
        body: JSON.stringify(this.kind.shipped),
        note: this.kind.shippedNote(),
        created_by: 'Aftercare Desk',
        created_at: this.clock().toISOString()
      })
      .onConflict((conflict) => conflict.column('version').doNothing())
      .execute()
    return this.current()
  }

  async get(version: number): Promise<VersionInfo & { document: T }> {
    const read = () => this.db.selectFrom(this.table).selectAll().where('version', '=', version).executeTakeFirst()
    // A register that never needed its first version has none yet: it is the shipped one.
    const row = (await read()) ?? (version === SHIPPED_VERSION ? (await this.current(), await read()) : undefined)
    if (!row) throw new NotFoundError(this.kind.missing(version))
    return this.toVersion(row)
  }

  /** Every version, newest first. */
  async versions(): Promise<VersionInfo[]> {
    await this.current()
    const rows = await this.db.selectFrom(this.table).select(['version', 'note', 'created_by', 'created_at']).orderBy('version', 'desc').execute()
    return rows.map((row) => this.info(row))
  }

  /** Saves a checked document as the next version. */
  async save(document: T, note: string, createdBy: string): Promise<VersionInfo & { document: T }> {
    const { version: latest } = await this.current()
    await this.db
      .insertInto(this.table)
      .values({ version: latest + 1, body: JSON.stringify(document), note, created_by: createdBy, created_at: this.clock().toISOString() })
      .execute()
    return this.get(latest + 1)
  }

  private toVersion(row: ProtocolTable): VersionInfo & { document: T } {
    let checked = this.checked.get(row.version)
    if (checked?.body !== row.body) {
      checked = { body: row.body, document: deepFreeze(this.kind.schema.parse(JSON.parse(row.body))) }
      this.checked.set(row.version, checked)
    }
    return { ...this.info(row), document: checked.document }
  }

  private info(row: Pick<ProtocolTable, 'version' | 'note' | 'created_by' | 'created_at'>): VersionInfo {
    const note = row.version === SHIPPED_VERSION ? this.kind.shippedNote() : row.note
    return { version: row.version, note, createdBy: row.created_by, createdAt: row.created_at }
  }
}

/** A checked document is shared by every caller after, so none may change it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const member of Object.values(value)) deepFreeze(member)
  }
  return value
}
