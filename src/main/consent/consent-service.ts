import { createHash } from 'node:crypto'
import { Temporal } from 'temporal-polyfill'
import { ulid } from 'ulid'
import type { z } from 'zod'
import type { ClientConsents, ConsentEntry, ConsentValidity, ProducedConsent, consentCheckSchema, signConsentSchema } from '@shared/consent/consent-record'
import { validConsentFor } from '@shared/consent/consent-validity'
import { AppError } from '../api/app-error'
import type { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { RenderFile } from '../handouts/handout-service'
import { unprintableNameReason } from '../handouts/name-scripts'
import { CURRENT_LAYOUTS, type Layouts } from '../handouts/printed/layout-versions'
import type { PrintedConsent } from '../handouts/printed/printed-consent'
import { printedFileBase } from '../handouts/printed/printed-file-name'
import { contentSha256, packContent, unpackContent } from '../handouts/printed/stored-content'
import type { ClientRepository, Clock } from '../register/client-repository'
import type { ScreeningRepository } from '../screening/screening-repository'
import { usesRadiofrequency } from '@shared/clinic/clinic-settings'
import { words } from '@shared/words/words'
import { consentContent } from './consent-content'
import type { ConsentFormRepository } from './consent-form-repository'
import type { ConsentRepository } from './consent-repository'
import { inkedSignaturesSchema, signatureOnWhite } from './signature-png'

type SignConsent = z.output<typeof signConsentSchema>
type CheckConsent = z.output<typeof consentCheckSchema>

/** Runs with the entry of a consent signed or reprinted, in the same transaction: its audit entry. */
export type OnConsentLogged = (entry: ConsentEntry) => Promise<void>

/**
 * Consent signed on screen: the form's current version in the client's language, the
 * visit's plan and screening, and both signatures, made into a PDF on the handout renderer
 * and kept with its SHA-256; reprinted identically; and checked against a planned visit.
 */
export class ConsentService {
  constructor(
    private readonly parts: {
      clients: ClientRepository
      screenings: ScreeningRepository
      forms: ConsentFormRepository
      consents: ConsentRepository
      clinic: ClinicSettingsRepository
      renderFile: RenderFile
      inOneTransaction: <T>(work: () => Promise<T>) => Promise<T>
      clock?: Clock
      layouts?: Layouts
    }
  ) {}

  private get layoutVersion(): number {
    return (this.parts.layouts ?? CURRENT_LAYOUTS).consent.version
  }

  /** Makes and keeps the signed consent; refused with nothing kept when a signature is blank or the screening is not this visit's. */
  async sign(input: SignConsent, onSigned: OnConsentLogged): Promise<ProducedConsent> {
    refuseBlankSignatures(input)
    const { clients, screenings, forms, clinic } = this.parts
    const client = await clients.get(input.clientId)
    const screening = await screenings.get(input.screeningId)
    if (screening.clientId !== client.id) {
      throw new AppError('invalid_input', words('consent.screening.otherClient'))
    }
    const settings = await clinic.get()
    const radiofrequency = usesRadiofrequency(settings, input.device)
    if (radiofrequency && !screening.radiofrequency) {
      throw new AppError('invalid_input', words('consent.radiofrequency.unasked', { device: input.device ?? words('device.this') }))
    }
    const { version, forms: texts } = await forms.current()
    const language = input.language ?? client.language
    const now = (this.parts.clock ?? (() => new Date()))()
    const signedAt = Temporal.Instant.fromEpochMilliseconds(now.getTime())
      .toZonedDateTimeISO(input.timeZone)
      .toPlainDateTime()
      .toString({ smallestUnit: 'minute' })
    const content = consentContent({
      form: texts[language],
      formVersion: version,
      language,
      paper: settings.paper,
      client,
      clinic: settings,
      screening,
      plan: { device: input.device, radiofrequency, zones: input.zones },
      photoConsent: input.photoConsent,
      practitioner: input.practitioner,
      signatures: { patient: signatureOnWhite(input.patientSignature), practitioner: signatureOnWhite(input.practitionerSignature) },
      signedAt,
      producedAt: now.toISOString()
    })
    const bytes = await this.draw(content)
    const entry: ConsentEntry = {
      id: ulid(now.getTime()),
      clientId: client.id,
      screeningId: screening.id,
      formVersion: version,
      language,
      paper: settings.paper,
      device: input.device,
      radiofrequency,
      zones: input.zones,
      screeningOutcome: screening.outcome,
      photoConsent: input.photoConsent,
      practitioner: input.practitioner,
      signedAt,
      timeZone: input.timeZone,
      producedBy: input.producedBy,
      producedAt: content.producedAt,
      sha256: sha256(bytes),
      layoutVersion: this.layoutVersion
    }
    await this.parts.inOneTransaction(async () => {
      await this.parts.consents.add({ entry, content: packContent(content), contentSha256: contentSha256(content) })
      await onSigned(entry)
    })
    return produced(entry, content, bytes)
  }

  /** The signed consent's PDF again, byte for byte: refused, with nothing printed, when it would differ from the one signed. */
  async reprint(consentId: string, onReprinted: OnConsentLogged): Promise<ProducedConsent> {
    const stored = await this.parts.consents.get(consentId)
    const content = unpackContent<PrintedConsent>(stored.content)
    if (contentSha256(content) !== stored.contentSha256 || stored.entry.layoutVersion !== this.layoutVersion) {
      throw new AppError('unexpected', words('consent.reprint.cannot'))
    }
    const bytes = await this.draw(content)
    if (sha256(bytes) !== stored.entry.sha256) {
      throw new AppError('unexpected', words('consent.reprint.notIdentical'))
    }
    await this.parts.inOneTransaction(() => onReprinted(stored.entry))
    return { ...produced(stored.entry, content, bytes), reprint: 'identical' }
  }

  async listForClient(clientId: string): Promise<ClientConsents> {
    await this.parts.clients.get(clientId)
    const { consents } = this.parts
    return { photoConsent: await consents.photoConsentOf(clientId), consents: await consents.listForClient(clientId) }
  }

  /** Whether a signed consent covers the visit screened, with the device planned. */
  async check({ clientId, screeningId, device }: CheckConsent): Promise<ConsentValidity> {
    const screening = await this.parts.screenings.get(screeningId)
    if (screening.clientId !== clientId) throw new AppError('invalid_input', words('consent.screening.otherClientShort'))
    return this.validFor(clientId, { date: screening.visitAt.slice(0, 10), device, outcome: screening.outcome })
  }

  /** The newest consent of a client that covers a visit on `date` with this device and screening outcome, or why none does. */
  async validFor(clientId: string, visit: { date: string; device: string | null; outcome: ConsentEntry['screeningOutcome'] }): Promise<ConsentValidity> {
    const { clinic, forms, consents } = this.parts
    // One after another: a treatment's save asks this inside its transaction, one query at a time on PostgreSQL.
    const settings = await clinic.get()
    const { version } = await forms.current()
    const entries = await consents.listForClient(clientId)
    return validConsentFor(
      entries,
      { date: visit.date, radiofrequency: usesRadiofrequency(settings, visit.device), outcome: visit.outcome, currentFormVersion: version },
      settings.consentValidMonths
    )
  }

  private async draw(content: PrintedConsent): Promise<Uint8Array> {
    const unprintable = unprintableNameReason(content.patientName)
    if (unprintable) throw new AppError('invalid_input', unprintable)
    return this.parts.renderFile({ content, layouts: this.parts.layouts ?? CURRENT_LAYOUTS })
  }
}

/** A signature with no ink (a cleared pad, a tap) is refused, so no consent is ever kept unsigned. */
function refuseBlankSignatures(input: SignConsent): void {
  const checked = inkedSignaturesSchema.safeParse(input)
  if (checked.success) return
  const fields = Object.fromEntries(checked.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]))
  throw new AppError('invalid_input', Object.values(fields).join(' '), fields)
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function produced(entry: ConsentEntry, content: PrintedConsent, bytes: Uint8Array): ProducedConsent {
  const base = printedFileBase(content.fileNamePatient, 'fileName.consent', entry.language, entry.signedAt.slice(0, 10))
  return { entry, fileName: `${base}.pdf`, mimeType: 'application/pdf', bytes }
}
