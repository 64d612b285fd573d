import type { AuditEntry } from './audit-entry'
import { PHOTO_CONSENTS, type PhotoConsent } from '../consent/consent-form'
import { HANDOUT_KINDS, type HandoutKind } from '../handouts/handout-kinds'
import { RECALL_OUTCOMES, type RecallOutcome } from '../recalls/recalls'
import { SCREENING_OUTCOMES, type ScreeningOutcome } from '../screening/questionnaire'
import { STAFF_ROLES, type StaffRole } from '../staff/staff-member'
import { countryName } from '../clinic/clinic-country'
import { formatFullDate } from '../aftercare/format-date'

/** The client an entry is about: the subject itself, or the client of a treatment or handout. */
export function entryClientId(entry: AuditEntry): string | undefined {
  if (entry.subjectType === 'client') return entry.subjectId ?? undefined
  const clientId = entry.details.clientId
  return typeof clientId === 'string' ? clientId : undefined
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const count = (value: unknown): number => (typeof value === 'number' ? value : 0)
const isRole = (value: unknown): value is StaffRole => STAFF_ROLES.includes(value as StaffRole)
const isOutcome = (value: unknown): value is ScreeningOutcome => SCREENING_OUTCOMES.includes(value as ScreeningOutcome)
const isRecallOutcome = (value: unknown): value is RecallOutcome => RECALL_OUTCOMES.includes(value as RecallOutcome)
const isPhotoConsent = (value: unknown): value is PhotoConsent => PHOTO_CONSENTS.includes(value as PhotoConsent)

/** A clinic document kept in versions: what its changed and restored entries say. */
const VERSIONED_WORDING = {
  protocol: ['audit.what.protocolChanged', 'audit.what.protocolDefaults'],
  questionnaire: ['audit.what.questionnaireChanged', 'audit.what.questionnaireDefaults'],
  consentForm: ['audit.what.consentFormChanged', 'audit.what.consentFormDefaults']
} as const
const isVersioned = (subject: string): subject is keyof typeof VERSIONED_WORDING => subject in VERSIONED_WORDING

/** The register's exports, by what the log says was exported (main's exportEvent). */
const REGISTER_EXPORTS: Partial<Record<string, string>> = {
  'clients csv': 'audit.what.clientsCsv',
  'treatments csv': 'audit.what.treatmentsCsv',
  'clients xlsx': 'audit.what.clientsXlsx',
  'treatments xlsx': 'audit.what.treatmentsXlsx'
}

/**
 * Says a message of the audit log's words (audit-log-words/) by its path, "audit.what.backup",
 * with its values put in; `plural` picks a form of "no rows | 1 row | {count} rows". The desk's
 * page says them with vue-i18n's t, main with auditWordingIn (src/main/audit/audit-wording-in.ts).
 */
export type AuditSay = (key: string, values?: Record<string, string | number>, plural?: number) => string

/**
 * Says what an audit entry records, in plain words: "Printed a handout". `locale` (a region,
 * such as en-GB) names the countries of the clinic's settings entries and writes their dates.
 */
export function auditWording(say: AuditSay, locale: () => string): (entry: AuditEntry) => string {
  const counted = (key: string, value: unknown): string => say(key, {}, count(value))
  /** Whose record-keeping rules: the country by its name, or the rules for every other country. */
  const retentionRules = (country: unknown): string =>
    typeof country === 'string' && country !== 'other' ? countryName(country, locale()) : say('audit.what.retentionElsewhere')
  /** A calendar day as the region writes it: "14 March 2031". */
  const day = (isoDate: unknown): string => (typeof isoDate === 'string' && ISO_DATE.test(isoDate) ? formatFullDate(isoDate, locale()) : '')

  function aboutClient(entry: AuditEntry): string | undefined {
    switch (entry.action) {
      case 'create':
        return say('audit.what.clientCreated')
      case 'update':
        return say('audit.what.clientUpdated')
      case 'archive':
        return say('audit.what.clientArchived')
      case 'unarchive':
        return say('audit.what.clientUnarchived')
      case 'export':
        return say('audit.what.clientExported')
      case 'erase': {
        const counts = {
          treatments: counted('audit.counts.treatments', entry.details.treatments),
          handouts: counted('audit.counts.handouts', entry.details.handouts)
        }
        const { withinRetention, retentionEndsOn, reason } = entry.details
        return withinRetention === true
          ? say('audit.what.clientErasedEarly', { ...counts, date: day(retentionEndsOn), reason: String(reason ?? '') })
          : say('audit.what.clientErased', counts)
      }
      default:
        return undefined
    }
  }

  function aboutHandout(entry: AuditEntry): string | undefined {
    const kind = entry.details.kind
    if (entry.action !== 'print' || !HANDOUT_KINDS.includes(kind as HandoutKind)) return undefined
    const what = say(`audit.what.handout.${kind as HandoutKind}`)
    return entry.details.reprintOf ? say('audit.what.reprint', { what }) : what
  }

  function aboutRegister(entry: AuditEntry): string | undefined {
    const { what, rows } = entry.details
    if (entry.action === 'backup') return say('audit.what.backup')
    if (entry.action === 'restore') return say('audit.what.restore')
    if (entry.action === 'move') return say(entry.details.to === 'server' ? 'audit.what.movedToServer' : 'audit.what.movedToThisComputer')
    const exported = entry.action === 'export' && typeof what === 'string' ? REGISTER_EXPORTS[what] : undefined
    if (exported) return say(exported, { rows: counted('audit.counts.rows', rows) })
    if (entry.action !== 'import') return undefined
    return say('audit.what.imported', {
      imported: counted('audit.counts.imported', entry.details.imported),
      duplicates: counted('audit.counts.duplicates', entry.details.duplicates),
      errors: counted('audit.counts.errors', entry.details.errors)
    })
  }

  function aboutTreatment(entry: AuditEntry): string | undefined {
    if (entry.action === 'update') return say('audit.what.treatmentUpdated')
    if (entry.action !== 'create') return undefined
    const { screening, decidedBy } = entry.details
    if (screening === 'none') return say('audit.what.treatmentUnscreened')
    if (typeof decidedBy === 'string' && decidedBy !== '') {
      return say(screening === 'review' ? 'audit.what.treatmentReviewed' : 'audit.what.treatmentOverridden', { name: decidedBy })
    }
    return say('audit.what.treatmentCreated')
  }

  function aboutConsent(entry: AuditEntry): string | undefined {
    const version = count(entry.details.formVersion)
    if (entry.action === 'print') return say('audit.what.consentReprinted', { version })
    if (entry.action !== 'create') return undefined
    const { screeningOutcome, photoConsent } = entry.details
    return say('audit.what.consentSigned', {
      version,
      outcome: isOutcome(screeningOutcome) ? say(`audit.what.screeningOutcome.${screeningOutcome}`) : '',
      photos: isPhotoConsent(photoConsent) ? say(`audit.what.photoConsent.${photoConsent}`) : ''
    })
  }

  function aboutSettings(entry: AuditEntry): string | undefined {
    if (entry.action !== 'update') return undefined
    if (isVersioned(entry.subjectType)) {
      const version = count(entry.details.version)
      const [changed, defaults] = VERSIONED_WORDING[entry.subjectType]
      return say(entry.details.defaults ? defaults : changed, { version })
    }
    if ('retentionYears' in entry.details) return say('audit.what.retentionChanged', { years: count(entry.details.retentionYears), country: retentionRules(entry.details.retentionCountry) })
    if ('country' in entry.details) return say('audit.what.countryChanged', { country: countryName(String(entry.details.country), locale()) })
    if ('screeningRequired' in entry.details) return say(entry.details.screeningRequired ? 'audit.what.screeningOn' : 'audit.what.screeningOff')
    if (!('logo' in entry.details)) return say('audit.what.clinicChanged')
    return entry.details.logo ? say('audit.what.logoChanged') : say('audit.what.logoRemoved')
  }

  function aboutStaff(entry: AuditEntry): string | undefined {
    const { role, active, pin, seconds } = entry.details
    if (entry.action === 'sign-in') return say('audit.what.signedIn')
    if (entry.action === 'pin-wait') return say('audit.what.pinWait', { seconds: count(seconds) })
    if (entry.action === 'create') return say('audit.what.staffAdded', { role: isRole(role) ? say(`staff.roles.${role}`) : '' })
    if (entry.action !== 'update') return undefined
    if (pin) return say('audit.what.staffPin')
    return active === false ? say('audit.what.staffInactive') : say('audit.what.staffChanged')
  }

  function aboutDesk(entry: AuditEntry): string | undefined {
    const { reason, signIn, idleLockMinutes } = entry.details
    if (entry.action === 'lock') return say(reason === 'switch' ? 'audit.what.switched' : reason === 'idle' ? 'audit.what.lockedIdle' : 'audit.what.locked')
    if (entry.action !== 'update') return undefined
    return signIn === 'none' ? say('audit.what.noSignIn') : say('audit.what.signInOn', { minutes: count(idleLockMinutes) }, count(idleLockMinutes))
  }

  function aboutRecall(entry: AuditEntry): string | undefined {
    const { outcome, rows } = entry.details
    if (entry.action === 'export') return say('audit.what.recallCsv', { rows: counted('audit.counts.rows', rows) })
    if (entry.action !== 'create') return undefined
    return isRecallOutcome(outcome) ? say('audit.what.recallCalledWith', { outcome: say(`recalls.outcome.${outcome}`) }) : say('audit.what.recallCalled')
  }

  function specific(entry: AuditEntry): string | undefined {
    switch (entry.subjectType) {
      case 'client':
        return aboutClient(entry)
      case 'treatment':
        return aboutTreatment(entry)
      case 'screening':
        return entry.action === 'create' && isOutcome(entry.details.outcome)
          ? say('audit.what.screeningRecorded', { outcome: say(`audit.what.screeningOutcome.${entry.details.outcome}`) })
          : undefined
      case 'handout':
        return aboutHandout(entry)
      case 'prep-sheet':
        return entry.action === 'print' ? say(entry.details.format === 'ics' ? 'audit.what.prepCalendar' : 'audit.what.prepSheet') : undefined
      case 'register':
        return aboutRegister(entry)
      case 'clinic':
      case 'protocol':
      case 'questionnaire':
      case 'consentForm':
        return aboutSettings(entry)
      case 'consent':
        return aboutConsent(entry)
      case 'staff':
        return aboutStaff(entry)
      case 'desk':
        return aboutDesk(entry)
      case 'recall':
        return aboutRecall(entry)
    }
  }

  // An entry the log has no words for yet still reads as its action and its subject.
  return (entry) =>
    specific(entry) ??
    say('audit.what.other', { action: say(`audit.action.${entry.action}`), subject: say(`audit.subjectType.${entry.subjectType}`) })
}
