import { useI18n } from 'vue-i18n'
import type { AuditEntry } from '@shared/audit/audit-entry'
import { PHOTO_CONSENTS, type PhotoConsent } from '@shared/consent/consent-form'
import { HANDOUT_KINDS, type HandoutKind } from '@shared/handouts/handout-kinds'
import { RECALL_OUTCOMES, type RecallOutcome } from '@shared/recalls/recalls'
import { SCREENING_OUTCOMES, type ScreeningOutcome } from '@shared/screening/questionnaire'
import { STAFF_ROLES, type StaffRole } from '@shared/staff/staff-member'
import { countryName } from '@shared/clinic/clinic-country'
import { formatIsoDate } from '../format/calendar'
import type { i18n } from '../i18n'

/** The client an entry is about: the subject itself, or the client of a treatment or handout. */
export function entryClientId(entry: AuditEntry): string | undefined {
  if (entry.subjectType === 'client') return entry.subjectId ?? undefined
  const clientId = entry.details.clientId
  return typeof clientId === 'string' ? clientId : undefined
}

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

/** Says what an audit entry records, in the words of the desk: "Printed a handout". */
export function useAuditWording(): (entry: AuditEntry) => string {
  return auditWording(useI18n())
}

/** The same with the desk's words given: what a screen's useI18n() or the app's i18n.global hold. */
export function auditWording({ t, locale }: { t: typeof i18n.global.t; locale: { value: string } }): (entry: AuditEntry) => string {
  /** Whose record-keeping rules: the country by its name in the desk's language, or the rules for every other country. */
  const retentionRules = (country: unknown): string =>
    typeof country === 'string' && country !== 'other' ? countryName(country, locale.value) : t('audit.what.retentionElsewhere')

  function aboutClient(entry: AuditEntry): string | undefined {
    switch (entry.action) {
      case 'create':
        return t('audit.what.clientCreated')
      case 'update':
        return t('audit.what.clientUpdated')
      case 'archive':
        return t('audit.what.clientArchived')
      case 'unarchive':
        return t('audit.what.clientUnarchived')
      case 'export':
        return t('audit.what.clientExported')
      case 'erase': {
        const counts = {
          treatments: t('audit.counts.treatments', count(entry.details.treatments)),
          handouts: t('audit.counts.handouts', count(entry.details.handouts))
        }
        const { withinRetention, retentionEndsOn, reason } = entry.details
        return withinRetention === true
          ? t('audit.what.clientErasedEarly', { ...counts, date: typeof retentionEndsOn === 'string' ? formatIsoDate(retentionEndsOn) : '', reason: String(reason ?? '') })
          : t('audit.what.clientErased', counts)
      }
      default:
        return undefined
    }
  }

  function aboutHandout(entry: AuditEntry): string | undefined {
    const kind = entry.details.kind
    if (entry.action !== 'print' || !HANDOUT_KINDS.includes(kind as HandoutKind)) return undefined
    const what = t(`audit.what.handout.${kind as HandoutKind}`)
    return entry.details.reprintOf ? t('audit.what.reprint', { what }) : what
  }

  function aboutRegister(entry: AuditEntry): string | undefined {
    const { what, rows } = entry.details
    if (entry.action === 'backup') return t('audit.what.backup')
    if (entry.action === 'restore') return t('audit.what.restore')
    if (entry.action === 'move') return t(entry.details.to === 'server' ? 'audit.what.movedToServer' : 'audit.what.movedToThisComputer')
    const exported = entry.action === 'export' && typeof what === 'string' ? REGISTER_EXPORTS[what] : undefined
    if (exported) return t(exported, { rows: t('audit.counts.rows', count(rows)) })
    if (entry.action !== 'import') return undefined
    return t('audit.what.imported', {
      imported: t('audit.counts.imported', count(entry.details.imported)),
      duplicates: t('audit.counts.duplicates', count(entry.details.duplicates)),
      errors: t('audit.counts.errors', count(entry.details.errors))
    })
  }

  function aboutTreatment(entry: AuditEntry): string | undefined {
    if (entry.action === 'update') return t('audit.what.treatmentUpdated')
    if (entry.action !== 'create') return undefined
    const { screening, decidedBy } = entry.details
    if (screening === 'none') return t('audit.what.treatmentUnscreened')
    if (typeof decidedBy === 'string' && decidedBy !== '') {
      return t(screening === 'review' ? 'audit.what.treatmentReviewed' : 'audit.what.treatmentOverridden', { name: decidedBy })
    }
    return t('audit.what.treatmentCreated')
  }

  function aboutConsent(entry: AuditEntry): string | undefined {
    const version = count(entry.details.formVersion)
    if (entry.action === 'print') return t('audit.what.consentReprinted', { version })
    if (entry.action !== 'create') return undefined
    const { screeningOutcome, photoConsent } = entry.details
    return t('audit.what.consentSigned', {
      version,
      outcome: isOutcome(screeningOutcome) ? t(`audit.what.screeningOutcome.${screeningOutcome}`) : '',
      photos: isPhotoConsent(photoConsent) ? t(`audit.what.photoConsent.${photoConsent}`) : ''
    })
  }

  function aboutSettings(entry: AuditEntry): string | undefined {
    if (entry.action !== 'update') return undefined
    if (isVersioned(entry.subjectType)) {
      const version = count(entry.details.version)
      const [changed, defaults] = VERSIONED_WORDING[entry.subjectType]
      return t(entry.details.defaults ? defaults : changed, { version })
    }
    if ('retentionYears' in entry.details) return t('audit.what.retentionChanged', { years: count(entry.details.retentionYears), country: retentionRules(entry.details.retentionCountry) })
    if ('country' in entry.details) return t('audit.what.countryChanged', { country: countryName(String(entry.details.country), locale.value) })
    if ('screeningRequired' in entry.details) return t(entry.details.screeningRequired ? 'audit.what.screeningOn' : 'audit.what.screeningOff')
    if (!('logo' in entry.details)) return t('audit.what.clinicChanged')
    return entry.details.logo ? t('audit.what.logoChanged') : t('audit.what.logoRemoved')
  }

  function aboutStaff(entry: AuditEntry): string | undefined {
    const { role, active, pin, seconds } = entry.details
    if (entry.action === 'sign-in') return t('audit.what.signedIn')
    if (entry.action === 'pin-wait') return t('audit.what.pinWait', { seconds: count(seconds) })
    if (entry.action === 'create') return t('audit.what.staffAdded', { role: isRole(role) ? t(`staff.roles.${role}`) : '' })
    if (entry.action !== 'update') return undefined
    if (pin) return t('audit.what.staffPin')
    return active === false ? t('audit.what.staffInactive') : t('audit.what.staffChanged')
  }

  function aboutDesk(entry: AuditEntry): string | undefined {
    const { reason, signIn, idleLockMinutes } = entry.details
    if (entry.action === 'lock') return t(reason === 'switch' ? 'audit.what.switched' : reason === 'idle' ? 'audit.what.lockedIdle' : 'audit.what.locked')
    if (entry.action !== 'update') return undefined
    return signIn === 'none' ? t('audit.what.noSignIn') : t('audit.what.signInOn', { minutes: count(idleLockMinutes) }, count(idleLockMinutes))
  }

  function aboutRecall(entry: AuditEntry): string | undefined {
    const { outcome, rows } = entry.details
    if (entry.action === 'export') return t('audit.what.recallCsv', { rows: t('audit.counts.rows', count(rows)) })
    if (entry.action !== 'create') return undefined
    return isRecallOutcome(outcome) ? t('audit.what.recallCalledWith', { outcome: t(`recalls.outcome.${outcome}`) }) : t('audit.what.recallCalled')
  }

  function specific(entry: AuditEntry): string | undefined {
    switch (entry.subjectType) {
      case 'client':
        return aboutClient(entry)
      case 'treatment':
        return aboutTreatment(entry)
      case 'screening':
        return entry.action === 'create' && isOutcome(entry.details.outcome)
          ? t('audit.what.screeningRecorded', { outcome: t(`audit.what.screeningOutcome.${entry.details.outcome}`) })
          : undefined
      case 'handout':
        return aboutHandout(entry)
      case 'prep-sheet':
        return entry.action === 'print' ? t(entry.details.format === 'ics' ? 'audit.what.prepCalendar' : 'audit.what.prepSheet') : undefined
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

  // An entry this screen has no words for yet still reads as its action and its subject.
  return (entry) =>
    specific(entry) ??
    t('audit.what.other', { action: t(`audit.action.${entry.action}`), subject: t(`audit.subjectType.${entry.subjectType}`) })
}
