import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { ulid } from 'ulid'
import type { z } from 'zod'
import { planAftercare, type AftercarePlan } from '@shared/aftercare/plan'
import type { ClinicSettings } from '@shared/clinic/clinic-settings'
import type { HandoutLogEntry, ProducedHandout, produceHandoutSchema } from '@shared/handouts/handout-kinds'
import type { previewProtocolSchema } from '@shared/protocol/protocol-versions'
import type { Client } from '@shared/register/client'
import { words, type WordId } from '@shared/words/words'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { Database } from '../db/schema'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { TreatmentRepository } from '../register/treatment-repository'
import { HandoutLogRepository, type NewLogEntry, type StoredEntry } from './handout-log-repository'
import { unprintableNameReason } from './name-scripts'
import { CURRENT_LAYOUTS, FIRST_LAYOUTS, type Layouts } from './printed/layout-versions'
import type { PrintedContent } from './printed/printed-content'
import { printedContentOf } from './printed/printed-content-of'
import type { RenderJob } from './printed/render-printed'
import { contentSha256, packContent, unpackContent } from './printed/stored-content'
import type { ProtocolRepository } from './protocol-repository'
import { sampleTreatment, type SampleVariation } from './sample-treatment'
import { printedFileBase } from './printed/printed-file-name'

export type ProduceHandoutInput = z.output<typeof produceHandoutSchema>
type PreviewRequest = z.output<typeof previewProtocolSchema>

/** Draws a file: in this thread, or on a worker of the render pool (on each of them, to warm them all). */
export type RenderFile = (job: RenderJob, where?: DrawnWhere) => Promise<Uint8Array>
export interface DrawnWhere {
  onEveryWorker: boolean
}

/** Runs with each log entry, in the same transaction: the caller's record of the handout given (its audit entry). */
export type OnLogged = (entry: HandoutLogEntry) => Promise<void>

/** What one batch of rebuilding earlier entries' content did. */
export interface EarlierContentBatch {
  kept: number
  refused: number
  /** The last entry looked at; null when none was left. */
  last: string | null
}

/**
 * The append-only record (the audit log) of each handout's content hash, written when it is
 * given (by OnLogged) or its content rebuilt: stored content that was changed since no longer
 * matches it, whatever layout draws it.
 */
export interface ContentRecord {
  /** Records that an earlier entry's content was rebuilt, in the same transaction. */
  rebuilt(entry: HandoutLogEntry): Promise<void>
  contentSha256Of(entryId: string): Promise<string | undefined>
}

/** Runs work as one transaction (RegisterDatabase.inOneTransaction). */
type InOneTransaction = <T>(work: () => Promise<T>) => Promise<T>

/** The details printed on a handout logged before content was kept, from which its content is rebuilt. */
interface PrintedDetails {
  client: Client
  clinic: ClinicSettings
}

/**
 * Makes handouts, calendars and calendar files, and logs each one given to a patient with the
 * content it printed. A file is made before its log entry's transaction opens, so rendering
 * never holds the register.
 */
export class HandoutService {
  private readonly log: HandoutLogRepository

  constructor(
    db: Kysely<Database>,
    private readonly clients: ClientRepository,
    private readonly treatments: TreatmentRepository,
    private readonly clinic: ClinicSettingsRepository,
    private readonly protocols: ProtocolRepository,
    private readonly renderFile: RenderFile,
    private readonly inOneTransaction: InOneTransaction,
    private readonly record: ContentRecord,
    private readonly clock: Clock = () => new Date(),
    /** How files are drawn today; a test passes a later version to stand for an update. */
    private readonly layouts: Layouts = CURRENT_LAYOUTS
  ) {
    this.log = new HandoutLogRepository(db)
  }

  /** The dated plan of a treatment under the current protocol, in the client's language. */
  async plan(treatmentId: string): Promise<AftercarePlan> {
    const treatment = await this.treatments.get(treatmentId)
    const client = await this.clients.get(treatment.clientId)
    return planAftercare(treatment, client, (await this.protocols.current()).protocol)
  }

  async produce(input: ProduceHandoutInput, onLogged: OnLogged): Promise<ProducedHandout> {
    const treatment = await this.treatments.get(input.treatmentId)
    const client = await this.clients.get(treatment.clientId)
    const clinic = await this.clinic.get()
    const { version, protocol } = await this.protocols.current()
    const content = printedContentOf({
      kind: input.kind,
      treatment,
      client,
      clinic,
      protocol,
      language: input.language ?? client.language,
      paper: input.paper ?? clinic.paper,
      producedAt: this.clock().toISOString(),
      datesInOrder: 'time'
    })
    const drawing = this.draw(content, this.layouts)
    // Worked out while a worker draws the file.
    const kept = { contentSha256: contentSha256(content), content: packContent(content) }
    const bytes = await drawing
    const entry = await this.logGiven(onLogged, {
      id: ulid(this.clock().getTime()),
      treatmentId: treatment.id,
      clientId: client.id,
      kind: content.kind,
      protocolVersion: version,
      language: content.language,
      paper: content.paper,
      producedAt: content.producedAt,
      producedBy: input.producedBy,
      sha256: sha256(bytes),
      contentSha256: kept.contentSha256,
      layoutVersion: this.layouts[content.kind].version,
      content: kept.content,
      reprintOf: null,
      reprint: null
    })
    return produced(entry, content, bytes)
  }

  /**
   * The content given before, drawn again and logged as a reprint of the original: the
   * identical file while the layout draws it as it did, else the same words and dates in
   * today's layout. Never the current protocol or client record.
   */
  async reprint(entryId: string, producedBy: string, onLogged: OnLogged): Promise<ProducedHandout> {
    const given = await this.log.get(entryId)
    const original = given.entry.reprintOf ? await this.log.get(given.entry.reprintOf) : given
    const content = await this.contentOf(original)
    const layoutVersion = this.layouts[original.entry.kind].version
    const bytes = await this.draw(content, this.layouts)
    const fileSha256 = sha256(bytes)
    const identical = fileSha256 === original.entry.sha256
    if (!identical && original.entry.layoutVersion === layoutVersion) {
      throw new AppError('unexpected', words('handout.reprint.notIdentical'))
    }
    const entry = await this.logGiven(onLogged, {
      ...original.entry,
      id: ulid(this.clock().getTime()),
      producedAt: this.clock().toISOString(),
      producedBy,
      sha256: fileSha256,
      contentSha256: contentSha256(content),
      layoutVersion,
      content: null,
      reprintOf: original.entry.id,
      reprint: identical ? 'identical' : 'current layout'
    })
    return produced(entry, content, bytes)
  }

  /**
   * Rebuilds, checks and keeps the content of at most `limit` entries logged before content was
   * kept, those after the id `after`. One whose rebuilt file differs from the one logged is
   * noted and left out of later batches; `last` is where the next batch starts.
   */
  async keepEarlierHandoutContent(limit: number, after = ''): Promise<EarlierContentBatch> {
    const batch: EarlierContentBatch = { kept: 0, refused: 0, last: null }
    for (const id of await this.log.idsToRebuild(after, limit)) {
      const earlier = await this.log.get(id)
      const rebuilt = await this.rebuildEarlierContent(earlier.entry, earlier.printedDetails)
      if (rebuilt) batch.kept += 1
      else batch.refused += 1
      batch.last = id
    }
    return batch
  }

  /** A handout for a sample treatment under a draft protocol, for the editor's preview: never logged. */
  async preview(draft: PreviewRequest): Promise<Uint8Array> {
    return this.draw(await this.sampleContent(draft), this.layouts)
  }

  /**
   * A sample handout made as `produce` makes one, short of reading the register and logging
   * it: drawn on every worker, its content hashed and packed as a log entry keeps it, the file
   * hashed. For the warm-up (warm-up.ts): never logged.
   */
  async warmUp(draft: PreviewRequest, variation: SampleVariation): Promise<Uint8Array> {
    const content = await this.sampleContent(draft, variation)
    const drawing = this.draw(content, this.layouts, { onEveryWorker: true })
    contentSha256(content)
    packContent(content)
    const bytes = await drawing
    sha256(bytes)
    return bytes
  }

  private async sampleContent(draft: PreviewRequest, variation?: SampleVariation): Promise<PrintedContent> {
    const { treatment, client } = sampleTreatment(draft.depthMm, draft.language, this.clock(), variation)
    return printedContentOf({
      kind: 'handout',
      treatment,
      client,
      clinic: await this.clinic.get(),
      protocol: draft.protocol,
      language: draft.language,
      paper: draft.paper,
      producedAt: this.clock().toISOString(),
      datesInOrder: 'time'
    })
  }

  listForClient(clientId: string): Promise<HandoutLogEntry[]> {
    return this.log.listForClient(clientId)
  }

  /** The content an original entry printed, checked against the hash logged with it and the one the audit log recorded. */
  private async contentOf(original: StoredEntry): Promise<PrintedContent> {
    if (original.content === null) {
      const rebuilt = await this.rebuildEarlierContent(original.entry, original.printedDetails)
      if (!rebuilt) throw cannotRebuild()
      return rebuilt
    }
    const content = unpackContent(original.content)
    const hash = contentSha256(content)
    if (hash !== original.entry.contentSha256 || hash !== (await this.record.contentSha256Of(original.entry.id))) {
      throw new AppError('unexpected', words('handout.stored.changed'))
    }
    return content
  }

  /**
   * The content of an entry logged before content was kept, rebuilt as handouts were made then
   * (from the details printed, the treatment and the protocol version, in the first layout) and
   * kept, with a record of its hash, only when it gives the very file logged. Undefined when it
   * does not: the treatment was edited since, or the entry comes from a release whose layout differed.
   */
  private async rebuildEarlierContent(entry: HandoutLogEntry, printedDetails: string): Promise<PrintedContent | undefined> {
    const { client, clinic } = JSON.parse(printedDetails) as PrintedDetails
    const content = printedContentOf({
      kind: entry.kind,
      treatment: await this.treatments.get(entry.treatmentId),
      client,
      clinic,
      protocol: (await this.protocols.get(entry.protocolVersion)).protocol,
      language: entry.language,
      paper: entry.paper ?? clinic.paper,
      producedAt: entry.producedAt,
      datesInOrder: 'protocol'
    })
    if (sha256(await this.draw(content, FIRST_LAYOUTS)) !== entry.sha256) {
      await this.log.refuseRebuild(entry.id, 'The file rebuilt from the details printed differs from the one logged.')
      return undefined
    }
    const hash = contentSha256(content)
    const layoutVersion = FIRST_LAYOUTS[entry.kind].version
    await this.inOneTransaction(async () => {
      if (await this.log.keepRebuiltContent(entry.id, packContent(content), hash, layoutVersion)) {
        await this.record.rebuilt({ ...entry, contentSha256: hash, layoutVersion })
      }
    })
    return content
  }

  private logGiven(onLogged: OnLogged, given: NewLogEntry): Promise<HandoutLogEntry> {
    return this.inOneTransaction(async () => {
      const entry = await this.log.add(given)
      await onLogged(entry)
      return entry
    })
  }

  private async draw(content: PrintedContent, layouts: Layouts, where?: DrawnWhere): Promise<Uint8Array> {
    if (content.kind !== 'ics') {
      const unprintable = unprintableNameReason(content.patientName)
      if (unprintable) throw new AppError('invalid_input', unprintable)
    }
    const logoSha256 = content.kind === 'handout' ? content.clinic.logoSha256 : null
    const logo = logoSha256 ? await this.clinic.logo(logoSha256) : undefined
    return this.renderFile({ content, layouts, ...(logo && { logo }) }, where)
  }
}

// Made when thrown, so its words are in the desk's language of that moment.
const cannotRebuild = (): AppError => new AppError('unexpected', words('handout.cannotRebuild'))

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
/** A handout is named a handout; a calendar, printed or as a file, a calendar (the extension tells them apart). */
const FILE_NAME_WORDS: Record<HandoutLogEntry['kind'], WordId> = { handout: 'fileName.handout', calendar: 'fileName.calendar', ics: 'fileName.calendar' }

function produced(entry: HandoutLogEntry, content: PrintedContent, bytes: Uint8Array): ProducedHandout {
  const base = printedFileBase(content.fileNamePatient, FILE_NAME_WORDS[entry.kind], entry.language, entry.producedAt.slice(0, 10))
  const extension = entry.kind === 'ics' ? 'ics' : 'pdf'
  return {
    entry,
    fileName: `${base}.${extension}`,
    mimeType: entry.kind === 'ics' ? 'text/calendar' : 'application/pdf',
    bytes
  }
}
