import type { CallName } from '@shared/contract/call-names'
import type { CallOutput, ParsedCallInput } from '@shared/contract/calls'
import { AuditLog, type AuditEvent } from '../audit/audit-log'
import type { ClinicCountry } from '@shared/clinic/clinic-country'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { clinicSettingsInputSchema, type ClinicSettings, type ListedName } from '@shared/clinic/clinic-settings'
import { ClinicSettingsRepository } from '../clinic/clinic-settings-repository'
import type { RegisterDatabase } from '../db/register-database'
import { csvParts, joinCsv } from '../exchange/csv-export'
import { exportEvent } from '../exchange/export-tables'
import { csvConventionsFor } from '@shared/clinic/spreadsheet-region'
import { importClients, previewClients } from '../exchange/client-import'
import { HandoutService, type ContentRecord, type EarlierContentBatch, type RenderFile } from '../handouts/handout-service'
import type { HandoutLogEntry } from '@shared/handouts/handout-kinds'
import type { TreatmentScreening } from '@shared/screening/screening-decision'
import type { Layouts } from '../handouts/printed/layout-versions'
import { renderPrinted } from '../handouts/printed/render-printed'
import { combinePdfs } from '../handouts/combine-pdfs'
import { PdfRenderer } from '../handouts/pdf-renderer'
import { AppError } from './app-error'
import { checkedInput } from './checked-input'
import { clientFieldsIn } from '@shared/register/client'
import { protocolChanges } from '../handouts/protocol-changes'
import type { SampleVariation } from '../handouts/sample-treatment'
import { ProtocolRepository } from '../handouts/protocol-repository'
import { DEFAULT_PROTOCOL } from '@shared/aftercare/default-protocol'
import { backupOverview } from '../safety/backup-overview'
import { exportClientData } from '../privacy/client-data-export'
import { eraseClient } from '../privacy/client-erasure'
import { clientRetention, retentionReview, type RetentionClock } from '../privacy/record-retention'
import { PrepSheetService } from '../prep-sheets/prep-sheet-service'
import { RecallRepository, recallCsv } from '../recalls/recall-repository'
import { retentionOf } from '@shared/clinic/record-retention'
import { machineTimeZone } from '@shared/dates/calendar-date'
import { Temporal } from 'temporal-polyfill'
import type { PrepSheetLogEntry } from '@shared/preparation/prep-sheets'
import { ClientRepository, type Clock } from '../register/client-repository'
import { searchClients } from '../register/client-search'
import { TreatmentRepository } from '../register/treatment-repository'
import { StaleClientError, staleEditRefused } from '../register/stale-edit'
import type { DeskSession } from '../staff/desk-session'
import { hashPin } from '../staff/pin-hash'
import { StaffRepository } from '../staff/staff-repository'
import { DEFAULT_QUESTIONNAIRE } from '@shared/screening/default-questionnaire'
import { QuestionnaireRepository } from '../screening/questionnaire-repository'
import { ScreeningRepository } from '../screening/screening-repository'
import { VisitScreening } from '../screening/visit-screening'
import { DEFAULT_CONSENT_FORMS } from '@shared/consent/default-consent-forms'
import type { ConsentEntry } from '@shared/consent/consent-record'
import { words } from '@shared/words/words'
import { ConsentCheck } from '../consent/consent-check'
import { ConsentFormRepository } from '../consent/consent-form-repository'
import { ConsentRepository } from '../consent/consent-repository'
import { ConsentService } from '../consent/consent-service'

/**
 * One function per call of the contract, its input already parsed by the shared schema; and
 * the session that says, before any of them runs, whether the person at the desk may call it.
 */
export type HandlerTable = {
  [N in CallName]: (input: ParsedCallInput<N>) => Promise<CallOutput<N>>
} & {
  readonly session: DeskSession
  /** Work main does on its own, never asked for by a window. */
  readonly upkeep: {
    keepEarlierHandoutContent(limit: number, after?: string): Promise<EarlierContentBatch>
    /** The protocol editor's sample handout, varied, drawn on every render worker to warm them: never logged. */
    warmUpHandout(draft: ParsedCallInput<'protocol.preview'>, variation: SampleVariation): Promise<Uint8Array>
  }
}

export interface HandlerContext {
  database: RegisterDatabase
  appName: string
  appVersion: string
  /** The bundled handout fonts (resources/fonts). */
  fontsDir: string
  /** Who is at the desk: every call is checked against what they may do, and the audit log names them. */
  session: DeskSession
  clock?: Clock
  /** Draws handouts; without it, in this thread. */
  renderFile?: RenderFile
  /** How handouts are drawn; a test passes a later layout to stand for an update. */
  layouts?: Layouts
}

/** The whole contract, implemented once; IPC, the admin CLI and the e2e loopback all call this. */
export function createHandlerTable(context: HandlerContext): HandlerTable {
  return { ...implementCalls(context), session: context.session }
}

function implementCalls({ database, appName, appVersion, fontsDir, session, clock, renderFile, layouts }: HandlerContext): Omit<HandlerTable, 'session'> {
  const { db } = database
  const staff = new StaffRepository(db, clock)
  const clients = new ClientRepository(db, clock)
  const protocols = new ProtocolRepository(db, clock)
  const treatments = new TreatmentRepository(db, clients, protocols, clock)
  const clinic = new ClinicSettingsRepository(db)
  const audit = new AuditLog(db, clock)
  const actor = () => session.actor()
  let renderer: Promise<PdfRenderer> | undefined
  // Built on first use: the CLI's register commands never pay for loading pdfmake.
  const pdfRenderer = (): Promise<PdfRenderer> => (renderer ??= PdfRenderer.create(fontsDir))
  const renderHere: RenderFile = async (job) => renderPrinted(await pdfRenderer(), job)
  const contentRecord: ContentRecord = {
    rebuilt: (entry) =>
      audit.record(actor(), { action: 'update', subjectType: 'handout', subjectId: entry.id, details: { ...handoutFacts(entry), rebuilt: true } }),
    contentSha256Of: (entryId) => audit.recordedHandoutContent(entryId)
  }
  const handouts = new HandoutService(db, clients, treatments, clinic, protocols, renderFile ?? renderHere, database.inOneTransaction, contentRecord, clock, layouts)
  const questionnaires = new QuestionnaireRepository(db, clock)
  const screenings = new ScreeningRepository(db, clock)
  const visitScreening = new VisitScreening({ clients, treatments, screenings, questionnaires, protocols, clinic, session })
  const prepSheets = new PrepSheetService(db, clients, clinic, questionnaires, renderFile ?? renderHere, database.inOneTransaction, clock)
  /** The clinic's retention, and today in this desk's zone (the clinic's clock). */
  const retentionClock = async (): Promise<RetentionClock> => {
    const timeZone = machineTimeZone()
    const now = clock ? clock() : new Date()
    const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString()
    return { retention: retentionOf(await clinic.get()), today, timeZone }
  }
  const consentForms = new ConsentFormRepository(db, clock)
  const consents = new ConsentService({
    clients,
    screenings,
    forms: consentForms,
    consents: new ConsentRepository(db),
    clinic,
    renderFile: renderFile ?? renderHere,
    inOneTransaction: database.inOneTransaction,
    clock,
    layouts
  })
  const consentCheck = new ConsentCheck(consents, clinic)
  const recalls = new RecallRepository(db, database.inOneSnapshot, clock)

  /** Runs a call that only reads, then records it: the entry is its only write, and the output goes out only once it is recorded. */
  const auditedRead =
    <Input, Output>(handler: (input: Input) => Promise<Output>, describe: (input: Input, output: Output) => AuditEvent) =>
    async (input: Input): Promise<Output> => {
      const output = await handler(input)
      await audit.record(actor(), describe(input, output))
      return output
    }

  /** Runs a change and records it in the audit log, as one transaction: both are saved or neither. */
  const audited =
    <Input, Output>(handler: (input: Input) => Promise<Output>, describe: (input: Input, output: Output) => AuditEvent) => {
      const changeAndRecord = auditedRead(handler, describe)
      return (input: Input): Promise<Output> => database.inOneTransaction(() => changeAndRecord(input))
    }

  /** A change that sets a PIN: hashed before the transaction, as scrypt takes a while and nothing need wait for it. */
  const auditedWithPinHash =
    <Input extends { pin: string }, Output>(
      change: (input: Input, pinHash: string) => Promise<Output>,
      describe: (input: Input, output: Output) => AuditEvent
    ) =>
    async (input: Input): Promise<Output> => {
      const pinHash = await hashPin(input.pin)
      return audited((hashed: Input) => change(hashed, pinHash), describe)(input)
    }

  return {
    // Not asked for by anyone: the audit log names this computer, whoever is signed in.
    upkeep: {
      keepEarlierHandoutContent: (limit, after) => session.asThisComputer(() => handouts.keepEarlierHandoutContent(limit, after)),
      warmUpHandout: (draft, variation) => handouts.warmUp(draft, variation)
    },
    'desk.state': () => session.state(),
    'desk.setUp': (choice) => session.setUp(choice),
    'desk.signIn': ({ staffId, pin }) => session.signIn(staffId, pin),
    'desk.lock': ({ reason }) => session.lock(reason),
    'desk.updateAccess': (access) => session.updateAccess(access),
    'staff.list': () => staff.list(),
    'staff.create': auditedWithPinHash(
      ({ name, role, doctor }, pinHash) => staff.create({ name, role, doctor, pinHash }),
      ({ role }, member) => ({ action: 'create', subjectType: 'staff', subjectId: member.id, details: { role } })
    ),
    'staff.update': audited(
      (change) => staff.update(change),
      (change) => ({ action: 'update', subjectType: 'staff', subjectId: change.id, details: { role: change.role, doctor: change.doctor, active: change.active } })
    ),
    'staff.setPin': auditedWithPinHash(
      ({ id }, pinHash) => staff.setPin(id, pinHash),
      ({ id }) => ({ action: 'update', subjectType: 'staff', subjectId: id, details: { pin: 'changed' } })
    ),
    'app.info': async () => ({
      name: appName,
      version: appVersion,
      databasePath: database.location,
      clientCount: await clients.count()
    }),
    // Raised with every audit entry, in the change's own transaction: one row read per check.
    'app.changes': async () => ({ mark: await audit.changeMark() }),
    'clients.create': audited(
      async (fields) => clients.create(checkedInput(clientFieldsIn((await clinic.get()).country), fields)),
      (_fields, client) => ({ action: 'create', subjectType: 'client', subjectId: client.id })
    ),
    'clients.update': audited(
      async ({ id, fields, version }) =>
        clients.update(id, checkedInput(clientFieldsIn((await clinic.get()).country), fields, 'fields.'), version).catch(async (error: unknown) => {
          if (!(error instanceof StaleClientError)) throw error
          throw staleEditRefused(await audit.lastChange('client', id))
        }),
      ({ id }) => ({ action: 'update', subjectType: 'client', subjectId: id })
    ),
    'clients.get': ({ id }) => clients.get(id),
    'clients.list': (options) => clients.list(options),
    'clients.count': (options) => clients.count(options),
    'clients.setArchived': audited(
      ({ id, archived }) => clients.setArchived(id, archived),
      ({ id, archived }) => ({ action: archived ? 'archive' : 'unarchive', subjectType: 'client', subjectId: id })
    ),
    'clients.search': (options) => searchClients(db, options),
    'clients.exportData': auditedRead(
      async ({ id }) =>
        exportClientData({ clients, treatments, screenings, questionnaires, consents, handouts, prepSheets, recalls, audit, clinic, renderer: pdfRenderer, clock }, id),
      ({ id }) => ({ action: 'export', subjectType: 'client', subjectId: id, details: { what: 'subject access' } })
    ),
    'clients.erase': async ({ id, reason }) => eraseClient(db, audit, actor(), { clientId: id, reason }, await retentionClock()),
    'clients.retention': async ({ id }) => clientRetention(db, await retentionClock(), id),
    'treatments.create': (fields) => {
      let consentId: string | null = null
      return audited(
        async (input: typeof fields) => {
          const screening = await visitScreening.forTreatment(input)
          consentId = await consentCheck.forTreatment(input, screening)
          return treatments.create(input, screening)
        },
        (_input, treatment) => ({
          action: 'create',
          subjectType: 'treatment',
          subjectId: treatment.id,
          details: { clientId: treatment.clientId, ...screeningFacts(treatment.screening), ...(consentId && { consentId }) }
        })
      )(fields)
    },
    'treatments.get': ({ id }) => treatments.get(id),
    'treatments.listForClient': ({ clientId }) => treatments.listForClient(clientId),
    'treatments.listForDay': ({ date, timeZone }) => treatments.listForDay(date, timeZone),
    'treatments.suggestions': async () => {
      const [recent, settings] = await Promise.all([treatments.suggestions(), clinic.get()])
      return {
        practitioners: activeFirst(settings.practitioners, recent.practitioners),
        devices: activeFirst(settings.devices, recent.devices)
      }
    },
    'aftercare.plan': ({ treatmentId }) => handouts.plan(treatmentId),
    // The file is made first; its log entry and audit entry are then one transaction.
    'handouts.produce': (input) =>
      handouts.produce(input, (entry) =>
        audit.record(actor(), {
          action: 'print',
          subjectType: 'handout',
          subjectId: entry.id,
          details: handoutFacts(entry)
        })
      ),
    'handouts.reprint': ({ entryId, producedBy }) =>
      handouts.reprint(entryId, producedBy, (entry) =>
        audit.record(actor(), {
          action: 'print',
          subjectType: 'handout',
          subjectId: entry.id,
          details: { ...handoutFacts(entry), reprintOf: entry.reprintOf, reprint: entry.reprint }
        })
      ),
    'handouts.listForClient': async ({ clientId }) => {
      await clients.get(clientId)
      return handouts.listForClient(clientId)
    },
    // As a handout: the file is made first; its log entry and audit entry are then one transaction.
    'prepSheets.produce': (input) =>
      prepSheets.produce(input, (entry) =>
        audit.record(actor(), { action: 'print', subjectType: 'prep-sheet', subjectId: entry.id, details: prepSheetFacts(entry) })
      ),
    'prepSheets.listForClient': async ({ clientId }) => {
      await clients.get(clientId)
      return prepSheets.listForClient(clientId)
    },
    // Today is this desk's today (the clinic's clock), as for the retention.
    'recalls.list': (days) => recalls.list(days, machineTimeZone()),
    'recalls.recordContact': audited(
      ({ clientId, outcome, note }) => recalls.recordContact(clientId, outcome, note, actor().name),
      // The note may name the person: the log keeps only that a call was made and how it went.
      (_input, contact) => ({ action: 'create', subjectType: 'recall', subjectId: contact.id, details: { clientId: contact.clientId, outcome: contact.outcome } })
    ),
    'recalls.csv': auditedRead(
      async (days) => recallCsv(await recalls.list(days, machineTimeZone()), csvConventionsFor(await clinic.get())),
      (_input, { rows }) => ({ action: 'export', subjectType: 'recall', details: { format: 'csv', rows } })
    ),
    'protocol.current': () => protocols.current(),
    'protocol.get': ({ version }) => protocols.get(version),
    'protocol.versions': () => protocols.versions(),
    'protocol.save': audited(
      ({ protocol, note, createdBy }) => protocols.save(protocol, note, createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'protocol', details: { version: saved.version } })
    ),
    'protocol.restoreDefaults': audited(
      ({ note, createdBy }) => protocols.save(DEFAULT_PROTOCOL, note || 'Restored the shipped defaults', createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'protocol', details: { version: saved.version, defaults: true } })
    ),
    'protocol.compare': async ({ from, to }) =>
      protocolChanges((await protocols.get(from)).protocol, (await protocols.get(to)).protocol),
    'protocol.preview': async (draft) => ({ bytes: await handouts.preview(draft) }),
    'screening.current': () => questionnaires.current(),
    'screening.get': ({ version }) => questionnaires.get(version),
    'screening.versions': () => questionnaires.versions(),
    'screening.save': audited(
      ({ questionnaire, note, createdBy }) => questionnaires.save(questionnaire, note, createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'questionnaire', details: { version: saved.version } })
    ),
    'screening.restoreDefaults': audited(
      ({ note, createdBy }) => questionnaires.save(DEFAULT_QUESTIONNAIRE, note || 'Restored the shipped questionnaire', createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'questionnaire', details: { version: saved.version, defaults: true } })
    ),
    'screenings.record': audited(
      (input) => visitScreening.record(input),
      (_input, screening) => ({
        action: 'create',
        subjectType: 'screening',
        subjectId: screening.id,
        details: { clientId: screening.clientId, outcome: screening.outcome, questionnaireVersion: screening.questionnaireVersion }
      })
    ),
    'screenings.listForClient': async ({ clientId }) => {
      await clients.get(clientId)
      return screenings.listForClient(clientId)
    },
    'consent.current': () => consentForms.current(),
    'consent.get': ({ version }) => consentForms.get(version),
    'consent.versions': () => consentForms.versions(),
    'consent.save': audited(
      ({ forms, note, createdBy }) => consentForms.save(forms, note, createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'consentForm', details: { version: saved.version } })
    ),
    'consent.restoreDefaults': audited(
      ({ note, createdBy }) => consentForms.save(DEFAULT_CONSENT_FORMS, note || 'Restored the shipped consent form', createdBy),
      (_input, saved) => ({ action: 'update', subjectType: 'consentForm', details: { version: saved.version, defaults: true } })
    ),
    // The PDF is made first; the consent and its audit entry are then one transaction.
    'consents.sign': (input) =>
      consents.sign(input, (entry) => audit.record(actor(), { action: 'create', subjectType: 'consent', subjectId: entry.id, details: consentFacts(entry) })),
    'consents.reprint': ({ consentId }) =>
      consents.reprint(consentId, (entry) =>
        audit.record(actor(), { action: 'print', subjectType: 'consent', subjectId: entry.id, details: { ...consentFacts(entry), reprint: 'identical' } })
      ),
    'consents.listForClient': ({ clientId }) => consents.listForClient(clientId),
    'consents.check': (input) => consents.check(input),
    'handouts.combine': async ({ files }) => {
      try {
        return { bytes: await combinePdfs(files) }
      } catch {
        throw new AppError('invalid_input', words('handout.combine.notOurPdf'))
      }
    },
    'settings.get': () => clinic.get(),
    'settings.update': (settings) => {
      let before: ClinicSettings
      return audited(
        // The logo and the retention are changed only by their own calls, so a details form cannot drop them.
        async (input: typeof settings) => {
          before = await clinic.get()
          // Left out, the country stays; the phone numbers are then read in the country the clinic is in.
          const read = checkedInput(clinicSettingsInputSchema, { ...input, country: input.country ?? before.country })
          return clinic.save({ ...read, logoSha256: before.logoSha256, retention: before.retention })
        },
        // Turning screening off or on, and moving the clinic to another country, are named in the log:
        // one changes what the desk must do before the needle, the other how numbers, dates and records are read.
        (_input, saved) => {
          const details = {
            ...(saved.screeningRequired !== before.screeningRequired && { screeningRequired: saved.screeningRequired }),
            ...(saved.country !== before.country && { country: saved.country, countryBefore: before.country })
          }
          return Object.keys(details).length === 0 ? { action: 'update', subjectType: 'clinic' } : { action: 'update', subjectType: 'clinic', details }
        }
      )(settings)
    },
    'settings.setLogo': audited(
      (logo) => clinic.setLogo(logo),
      (_logo, settings) => ({ action: 'update', subjectType: 'clinic', details: { logo: settings.logoSha256 } })
    ),
    'settings.removeLogo': audited(
      async () => clinic.save({ ...(await clinic.get()), logoSha256: null }),
      () => ({ action: 'update', subjectType: 'clinic', details: { logo: null } })
    ),
    'settings.setRetention': audited(
      async (retention) => clinic.save({ ...(await clinic.get()), retention }),
      (_input, settings) => {
        const { country, years } = retentionOf(settings)
        return { action: 'update', subjectType: 'clinic', details: { retentionCountry: country, retentionYears: years } }
      }
    ),
    'settings.logo': async () => {
      const { logoSha256 } = await clinic.get()
      return (logoSha256 && (await clinic.logo(logoSha256))) || null
    },
    'exports.clientsCsv': auditedRead(
      async () => joinCsv(csvParts('clients', db, csvConventionsFor(await clinic.get()))),
      (_input, { rows }) => exportEvent('clients', 'csv', rows)
    ),
    'exports.treatmentsCsv': auditedRead(
      async () => joinCsv(csvParts('treatments', db, csvConventionsFor(await clinic.get()))),
      (_input, { rows }) => exportEvent('treatments', 'csv', rows)
    ),
    'imports.previewClientsCsv': async (choices) => previewClients(db, { ...choices, ...importClinic(await clinic.get()) }),
    'imports.clientsCsv': audited(
      async (choices) => importClients(db, clients, { ...choices, ...importClinic(await clinic.get()) }),
      (_input, report) => ({
        action: 'import',
        subjectType: 'register',
        details: { imported: report.imported, duplicates: report.duplicates.length, errors: report.errors.length }
      })
    ),
    'audit.list': (query) => audit.list(query),
    'privacy.retentionReview': async ({ limit }) => retentionReview(db, await retentionClock(), limit),
    'backups.list': async () => backupOverview(database.backupsDir)
  }
}

/** What an import takes of the clinic: its language for clients the file gives none, its country for phones and dates. */
function importClinic(settings: ClinicSettings): { clinicLanguage: HandoutLanguage; clinicCountry: ClinicCountry } {
  return { clinicLanguage: settings.defaultLanguage, clinicCountry: settings.country }
}

/** The clinic's own list (retired names left out) first, then other names used before. */
function activeFirst(listed: ListedName[], recent: string[]): string[] {
  const active = listed.filter((entry) => !entry.retired).map((entry) => entry.name)
  const retired = new Set(listed.filter((entry) => entry.retired).map((entry) => entry.name))
  return [...new Set([...active, ...recent.filter((name) => !retired.has(name))])]
}

/** What the audit log keeps of how a treatment was screened: the outcome, and who decided when it asked for a decision. */
function screeningFacts(screening: TreatmentScreening | null): Record<string, string | null> {
  if (!screening) return { screening: 'none' }
  const { screeningId, outcome, decidedBy } = screening
  return { screeningId, screening: outcome, decidedBy }
}

/** What the audit log keeps of a preparation sheet given: ids, the format and the hashes, never the appointment or the client's details. */
function prepSheetFacts(entry: PrepSheetLogEntry) {
  const { clientId, format, questionnaireVersion, sha256, contentSha256, layoutVersion } = entry
  return { clientId, format, questionnaireVersion, sha256, contentSha256, layoutVersion }
}

/** What the audit log keeps of a signed consent: no personal data, and the hash a reprint is checked against. */
function consentFacts(entry: ConsentEntry) {
  const { clientId, formVersion, language, screeningOutcome, photoConsent, sha256 } = entry
  return { clientId, formVersion, language, screeningOutcome, photoConsent, sha256 }
}

/** What the audit log keeps of a handout given: no personal data, and the hashes a reprint is checked against. */
function handoutFacts(entry: HandoutLogEntry) {
  const { kind, clientId, treatmentId, sha256, contentSha256, layoutVersion } = entry
  return { kind, clientId, treatmentId, sha256, contentSha256, layoutVersion }
}
