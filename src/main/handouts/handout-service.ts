import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { ulid } from 'ulid'
import type { z } from 'zod'
import type { AftercareProtocol } from '@shared/aftercare/protocol'
import { planAftercare, type AftercarePlan } from '@shared/aftercare/plan'
import type { ClinicSettings, PaperSize } from '@shared/clinic/clinic-settings'
import type { HandoutKind, HandoutLogEntry, ProducedHandout, produceHandoutSchema } from '@shared/handouts/handout-kinds'
import type { previewProtocolSchema } from '@shared/protocol/protocol-versions'
import { sampleTreatment } from './sample-treatment'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { Database } from '../db/schema'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { TreatmentRepository } from '../register/treatment-repository'
import { handoutDocument } from './handout-document'
import { HandoutLogRepository, type NewLogEntry } from './handout-log-repository'
import { unprintableNameReason } from './name-scripts'
import type { PdfRenderer } from './pdf-renderer'
import type { ProtocolRepository } from './protocol-repository'
import { scheduleCalendarDocument } from './schedule-calendar-document'
import { scheduleIcs } from './schedule-ics'

export type ProduceHandoutInput = z.output<typeof produceHandoutSchema>
type PreviewRequest = z.output<typeof previewProtocolSchema>

/** The details printed on a handout, kept with its log entry so a reprint prints them again. */
interface PrintedDetails {
  client: Client
  clinic: ClinicSettings
}

/** Everything a file is made from: the same inputs always give the same bytes. */
interface FileInputs extends PrintedDetails {
  kind: HandoutKind
  treatment: Treatment
  protocol: AftercareProtocol
  language: HandoutLanguage
  paper: PaperSize
  producedAt: string
}

/** Runs with each log entry, in the same transaction: the caller's record of the handout given (its audit entry). */
export type OnLogged = (entry: HandoutLogEntry) => Promise<void>

/** Runs work as one transaction (RegisterDatabase.inOneTransaction). */
type InOneTransaction = <T>(work: () => Promise<T>) => Promise<T>

/**
 * Makes handouts, calendars and calendar files, and logs each one given to a patient. A file
 * is made before its log entry's transaction opens, so rendering never holds the register.
 */
export class HandoutService {
  private readonly log: HandoutLogRepository

  constructor(
    db: Kysely<Database>,
    private readonly clients: ClientRepository,
    private readonly treatments: TreatmentRepository,
    private readonly clinic: ClinicSettingsRepository,
    private readonly protocols: ProtocolRepository,
    private readonly renderer: () => Promise<PdfRenderer>,
    private readonly inOneTransaction: InOneTransaction,
    private readonly clock: Clock = () => new Date()
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
    const inputs: FileInputs = {
      kind: input.kind,
      treatment,
      client,
      clinic,
      protocol,
      language: input.language ?? client.language,
      paper: input.paper ?? clinic.paper,
      producedAt: this.clock().toISOString()
    }
    const file = await this.makeFile(inputs)
    const entry = await this.logGiven(onLogged, {
      id: ulid(this.clock().getTime()),
      treatmentId: treatment.id,
      clientId: client.id,
      kind: inputs.kind,
      protocolVersion: version,
      language: file.language,
      paper: inputs.kind === 'ics' ? null : inputs.paper,
      producedAt: inputs.producedAt,
      producedBy: input.producedBy,
      sha256: sha256(file.bytes),
      printedDetails: JSON.stringify({ client, clinic } satisfies PrintedDetails),
      reprintOf: null
    })
    return produced(entry, client, file.bytes)
  }

  /** The file given before, byte for byte, logged again as a reprint of the original. */
  async reprint(entryId: string, producedBy: string, onLogged: OnLogged): Promise<ProducedHandout> {
    const { entry: given, printedDetails } = await this.log.get(entryId)
    const original = given.reprintOf ? (await this.log.get(given.reprintOf)).entry : given
    const { client, clinic } = JSON.parse(printedDetails) as PrintedDetails
    const file = await this.makeFile({
      kind: original.kind,
      treatment: await this.treatments.get(original.treatmentId),
      client,
      clinic,
      protocol: (await this.protocols.get(original.protocolVersion)).protocol,
      language: original.language,
      paper: original.paper ?? clinic.paper,
      producedAt: original.producedAt
    })
    if (sha256(file.bytes) !== original.sha256) {
      throw new AppError(
        'unexpected',
        'The reprint would not be identical to the handout given before, so nothing was printed. Please contact your IT support.'
      )
    }
    const entry = await this.logGiven(onLogged, {
      ...original,
      id: ulid(this.clock().getTime()),
      producedAt: this.clock().toISOString(),
      producedBy,
      printedDetails,
      reprintOf: original.id
    })
    return produced(entry, client, file.bytes)
  }

  /** A handout for a sample treatment under a draft protocol: for the editor's preview, never logged. */
  async preview(draft: PreviewRequest): Promise<Uint8Array> {
    const { treatment, client } = sampleTreatment(draft.depthMm, this.clock())
    const file = await this.makeFile({
      kind: 'handout',
      treatment,
      client,
      clinic: await this.clinic.get(),
      protocol: draft.protocol,
      language: draft.language,
      paper: draft.paper,
      producedAt: this.clock().toISOString()
    })
    return file.bytes
  }

  private logGiven(onLogged: OnLogged, given: NewLogEntry): Promise<HandoutLogEntry> {
    return this.inOneTransaction(async () => {
      const entry = await this.log.add(given)
      await onLogged(entry)
      return entry
    })
  }

  listForClient(clientId: string): Promise<HandoutLogEntry[]> {
    return this.log.listForClient(clientId)
  }

  private async makeFile(inputs: FileInputs): Promise<{ bytes: Uint8Array; language: HandoutLanguage }> {
    const client = { ...inputs.client, language: inputs.language }
    const plan = planAftercare(inputs.treatment, client, inputs.protocol)
    if (inputs.kind === 'ics') {
      const text = scheduleIcs(plan, {
        clientName: `${client.givenName} ${client.familyName}`,
        clinicName: inputs.clinic.name,
        createdAt: new Date(inputs.producedAt)
      })
      return { bytes: new TextEncoder().encode(text), language: plan.language }
    }
    const unprintable = unprintableNameReason(`${client.givenName} ${client.familyName}`)
    if (unprintable) throw new AppError('invalid_input', unprintable)
    const document =
      inputs.kind === 'handout'
        ? handoutDocument({
            plan,
            treatment: inputs.treatment,
            client,
            clinic: inputs.clinic,
            paper: inputs.paper,
            logo: inputs.clinic.logoSha256 ? await this.clinic.logo(inputs.clinic.logoSha256) : undefined
          })
        : scheduleCalendarDocument(plan, { client, clinic: inputs.clinic, paper: inputs.paper })
    const renderer = await this.renderer()
    return { bytes: await renderer.render(document, new Date(inputs.producedAt)), language: plan.language }
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function produced(entry: HandoutLogEntry, client: Client, bytes: Uint8Array): ProducedHandout {
  const base = `${client.familyName}-${client.givenName}-${entry.kind}-${entry.producedAt.slice(0, 10)}`
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
  const extension = entry.kind === 'ics' ? 'ics' : 'pdf'
  return {
    entry,
    fileName: `${base}.${extension}`,
    mimeType: entry.kind === 'ics' ? 'text/calendar' : 'application/pdf',
    bytes
  }
}
