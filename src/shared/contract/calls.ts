import { z } from 'zod'
import type { AftercarePlan } from '../aftercare/plan'
import { auditQuerySchema, type AuditEntry } from '../audit/audit-entry'
import type { ClientDataFiles } from '../register/client-data'
import type { BackupOverview } from '../safety/backup-overview'
import {
  compareProtocolsSchema,
  previewProtocolSchema,
  protocolVersionNumber,
  restoreDefaultProtocolSchema,
  saveProtocolSchema,
  type ProtocolChange,
  type ProtocolVersion,
  type ProtocolVersionInfo
} from '../protocol/protocol-versions'
import { clientImportSchema, type ClientImportPreview, type ClientImportReport } from '../register/client-import'
import { clinicLogoSchema, type ClinicLogo } from '../clinic/clinic-logo'
import { clinicSettingsChangeSchema, type ClinicSettings } from '../clinic/clinic-settings'
import { retentionSettingSchema, type ClientRetention, type RetentionReview } from '../clinic/record-retention'
import { producePrepSheetSchema, type PrepSheetLogEntry, type ProducedPrepSheet } from '../preparation/prep-sheets'
import { isKnownTimeZone, isRealIsoDate } from '../dates/calendar-date'
import { recallQuerySchema, recordRecallContactSchema, type RecallContact, type RecallList } from '../recalls/recalls'
import {
  produceHandoutSchema,
  reprintHandoutSchema,
  type HandoutLogEntry,
  type ProducedHandout
} from '../handouts/handout-kinds'
import { clientFieldsSchema, clientIdSchema, type Client } from '../register/client'
import { MAX_STORED_WHOLE_NUMBER } from '../register/field-rules'
import { treatmentFieldsSchema, treatmentIdSchema, type Treatment } from '../register/treatment'
import {
  restoreDefaultQuestionnaireSchema,
  saveQuestionnaireSchema,
  type QuestionnaireVersion,
  type QuestionnaireVersionInfo
} from '../screening/questionnaire-versions'
import { questionnaireVersionNumber, recordScreeningSchema, type ScreeningRecord } from '../screening/screening-record'
import type { CallName } from './call-names'
import {
  consentCheckSchema,
  consentFormVersionNumber,
  reprintConsentSchema,
  saveConsentFormsSchema,
  restoreDefaultConsentFormsSchema,
  signConsentSchema,
  type ClientConsents,
  type ConsentFormVersion,
  type ConsentFormVersionInfo,
  type ConsentValidity,
  type ProducedConsent
} from '../consent/consent-record'
import { deskAccessSchema, deskSetUpSchema, signInSchema, type DeskAccess, type DeskState } from '../staff/desk-access'
import { newStaffSchema, staffChangeSchema, staffPinSchema, type StaffMember } from '../staff/staff-member'
import { refusal } from '../words/refusal'

/** The input schema of every call the renderer may make. */
export const callInputs = {
  'desk.state': z.object({}).default({}),
  'desk.setUp': deskSetUpSchema,
  'desk.signIn': signInSchema,
  /** "switch": the person hands the desk to someone else; "idle": nobody touched it for the set time. */
  'desk.lock': z.object({ reason: z.enum(['lock', 'switch', 'idle']).default('lock') }).default({ reason: 'lock' }),
  'desk.updateAccess': deskAccessSchema,
  'staff.list': z.object({}).default({}),
  'staff.create': newStaffSchema,
  'staff.update': staffChangeSchema,
  'staff.setPin': staffPinSchema,
  'app.info': z.object({}).default({}),
  'app.changes': z.object({}).default({}),
  'clients.create': clientFieldsSchema,
  'clients.update': z.object({
    id: clientIdSchema,
    fields: clientFieldsSchema,
    /** The version the form was loaded from. */
    version: z
      .number(refusal('client.version.missing'))
      .int()
      .min(1)
      .max(MAX_STORED_WHOLE_NUMBER, refusal('client.version.tooHigh'))
  }),
  'clients.get': z.object({ id: clientIdSchema }),
  'clients.list': z.object({
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(1000).default(100),
    offset: z.number().int().min(0).default(0)
  }),
  'clients.count': z.object({ includeArchived: z.boolean().default(false) }),
  'clients.setArchived': z.object({ id: clientIdSchema, archived: z.boolean() }),
  'clients.search': z.object({
    query: z.string().max(200, refusal('search.tooLong')),
    includeArchived: z.boolean().default(false),
    limit: z.number().int().min(1).max(500).default(50)
  }),
  'clients.exportData': z.object({ id: clientIdSchema }),
  'clients.erase': z.object({
    id: clientIdSchema,
    /** Needed within the retention period; kept in the audit log, so never the client's details. */
    reason: z.string().trim().max(300, refusal('erasure.reason.tooLong')).optional()
  }),
  'clients.retention': z.object({ id: clientIdSchema }),
  'treatments.create': treatmentFieldsSchema,
  'treatments.get': z.object({ id: treatmentIdSchema }),
  'treatments.listForClient': z.object({ clientId: clientIdSchema }),
  'treatments.listForDay': z.object({
    date: z.string().refine(isRealIsoDate, refusal('day.notReal')),
    timeZone: z.string().refine(isKnownTimeZone, refusal('treatment.timeZone.unknown'))
  }),
  'treatments.suggestions': z.object({}).default({}),
  'aftercare.plan': z.object({ treatmentId: treatmentIdSchema }),
  'handouts.produce': produceHandoutSchema,
  'handouts.reprint': reprintHandoutSchema,
  'handouts.listForClient': z.object({ clientId: clientIdSchema }),
  'handouts.combine': z.object({
    files: z
      .array(z.instanceof(Uint8Array, refusal('handout.combine.notPdf')))
      .min(1, refusal('handout.combine.none'))
      .max(500, refusal('handout.combine.tooMany'))
  }),
  'prepSheets.produce': producePrepSheetSchema,
  'prepSheets.listForClient': z.object({ clientId: clientIdSchema }),
  'recalls.list': recallQuerySchema,
  'recalls.recordContact': recordRecallContactSchema,
  'recalls.csv': recallQuerySchema,
  'protocol.current': z.object({}).default({}),
  'protocol.get': z.object({ version: protocolVersionNumber }),
  'protocol.versions': z.object({}).default({}),
  'protocol.save': saveProtocolSchema,
  'protocol.restoreDefaults': restoreDefaultProtocolSchema,
  'protocol.compare': compareProtocolsSchema,
  'protocol.preview': previewProtocolSchema,
  'screening.current': z.object({}).default({}),
  'screening.get': z.object({ version: questionnaireVersionNumber }),
  'screening.versions': z.object({}).default({}),
  'screening.save': saveQuestionnaireSchema,
  'screening.restoreDefaults': restoreDefaultQuestionnaireSchema,
  'screenings.record': recordScreeningSchema,
  'screenings.listForClient': z.object({ clientId: clientIdSchema }),
  'consent.current': z.object({}).default({}),
  'consent.get': z.object({ version: consentFormVersionNumber }),
  'consent.versions': z.object({}).default({}),
  'consent.save': saveConsentFormsSchema,
  'consent.restoreDefaults': restoreDefaultConsentFormsSchema,
  'consents.sign': signConsentSchema,
  'consents.reprint': reprintConsentSchema,
  'consents.listForClient': z.object({ clientId: clientIdSchema }),
  'consents.check': consentCheckSchema,
  'settings.get': z.object({}).default({}),
  'settings.update': clinicSettingsChangeSchema,
  'settings.setLogo': clinicLogoSchema,
  'settings.removeLogo': z.object({}).default({}),
  'settings.setRetention': retentionSettingSchema,
  'settings.logo': z.object({}).default({}),
  'exports.clientsCsv': z.object({}).default({}),
  'exports.treatmentsCsv': z.object({}).default({}),
  'imports.previewClientsCsv': clientImportSchema,
  'imports.clientsCsv': clientImportSchema,
  'audit.list': auditQuerySchema,
  'privacy.retentionReview': z.object({ limit: z.number().int().min(1).max(1000).default(200) }).default({ limit: 200 }),
  'backups.list': z.object({}).default({})
} satisfies Record<CallName, z.ZodType>

/** A treatment with the client it was for, as the Today list shows it. */
export interface TreatmentWithClient {
  treatment: Treatment
  client: Client
}

/** Values the clinic has used before, most recent first, for the form's pick lists. */
export interface TreatmentSuggestions {
  practitioners: string[]
  devices: string[]
}

export interface AppInfo {
  name: string
  version: string
  databasePath: string
  clientCount: number
}

/**
 * The register's change mark: it moves whenever any desk (or the admin CLI) saves anything,
 * so a desk that sees it move refreshes what it shows.
 */
export interface ChangeMark {
  mark: number
}

/** The value every call returns when it succeeds. */
export interface CallOutputs {
  'desk.state': DeskState
  'desk.setUp': DeskState
  'desk.signIn': DeskState
  'desk.lock': DeskState
  'desk.updateAccess': DeskAccess
  'staff.list': StaffMember[]
  'staff.create': StaffMember
  'staff.update': StaffMember
  'staff.setPin': StaffMember
  'app.info': AppInfo
  'app.changes': ChangeMark
  'clients.create': Client
  'clients.update': Client
  'clients.get': Client
  'clients.list': Client[]
  'clients.count': number
  'clients.setArchived': Client
  'clients.search': Client[]
  'clients.exportData': ClientDataFiles
  'clients.erase': { clientId: string; treatments: number; handouts: number; retentionEndsOn: string }
  /** How long the clinic keeps this client's records, and whether that period has ended. */
  'clients.retention': ClientRetention
  'treatments.create': Treatment
  'treatments.get': Treatment
  'treatments.listForClient': Treatment[]
  'treatments.listForDay': TreatmentWithClient[]
  'treatments.suggestions': TreatmentSuggestions
  'aftercare.plan': AftercarePlan
  'handouts.produce': ProducedHandout
  'handouts.reprint': ProducedHandout
  'handouts.listForClient': HandoutLogEntry[]
  'handouts.combine': { bytes: Uint8Array }
  'prepSheets.produce': ProducedPrepSheet
  /** Newest first. */
  'prepSheets.listForClient': PrepSheetLogEntry[]
  /** Clients due for their next session, soonest window first. */
  'recalls.list': RecallList
  'recalls.recordContact': RecallContact
  'recalls.csv': { csv: string; rows: number }
  'protocol.current': ProtocolVersion
  'protocol.get': ProtocolVersion
  'protocol.versions': ProtocolVersionInfo[]
  'protocol.save': ProtocolVersion
  'protocol.restoreDefaults': ProtocolVersion
  'protocol.compare': ProtocolChange[]
  'protocol.preview': { bytes: Uint8Array }
  'screening.current': QuestionnaireVersion
  'screening.get': QuestionnaireVersion
  'screening.versions': QuestionnaireVersionInfo[]
  'screening.save': QuestionnaireVersion
  'screening.restoreDefaults': QuestionnaireVersion
  'screenings.record': ScreeningRecord
  /** Newest visit first. */
  'screenings.listForClient': ScreeningRecord[]
  'consent.current': ConsentFormVersion
  'consent.get': ConsentFormVersion
  /** Newest first. */
  'consent.versions': ConsentFormVersionInfo[]
  'consent.save': ConsentFormVersion
  'consent.restoreDefaults': ConsentFormVersion
  'consents.sign': ProducedConsent
  'consents.reprint': ProducedConsent
  'consents.listForClient': ClientConsents
  'consents.check': ConsentValidity
  'settings.get': ClinicSettings
  'settings.update': ClinicSettings
  'settings.setLogo': ClinicSettings
  'settings.removeLogo': ClinicSettings
  'settings.setRetention': ClinicSettings
  /** The clinic's current logo, to show in settings; null when it has none. */
  'settings.logo': ClinicLogo | null
  'exports.clientsCsv': { csv: string; rows: number }
  'exports.treatmentsCsv': { csv: string; rows: number }
  'imports.previewClientsCsv': ClientImportPreview
  'imports.clientsCsv': ClientImportReport
  'audit.list': AuditEntry[]
  /** Clients whose retention period has ended, for the owner to review. */
  'privacy.retentionReview': RetentionReview
  'backups.list': BackupOverview
}

export type CallInput<N extends CallName> = z.input<(typeof callInputs)[N]>
export type ParsedCallInput<N extends CallName> = z.output<(typeof callInputs)[N]>
export type CallOutput<N extends CallName> = CallOutputs[N]
