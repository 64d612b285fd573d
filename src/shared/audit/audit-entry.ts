import { z } from 'zod'
import { refusal } from '../words/refusal'

/** What the audit log records. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'unarchive',
  'erase',
  'print',
  'export',
  'import',
  'backup',
  'restore',
  /** The register moved between this computer and the clinic's server. */
  'move',
  /** A person signed in at a desk. */
  'sign-in',
  /** A desk was locked: by its person, on switching person, or left idle. */
  'lock',
  /** Too many wrong PINs: the person has to wait before trying again. */
  'pin-wait'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_SUBJECTS = ['client', 'treatment', 'handout', 'clinic', 'protocol', 'register', 'staff', 'desk', 'questionnaire', 'screening', 'consentForm', 'consent', 'prep-sheet', 'recall'] as const
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number]

/** One line of the audit log. `details` never holds personal data: ids, counts, kinds. */
export interface AuditEntry {
  id: number
  at: string
  actor: string
  /** The computer it was done at; null for entries from before desks were named. */
  desk: string | null
  action: AuditAction
  subjectType: AuditSubject
  subjectId: string | null
  details: Record<string, string | number | boolean | null>
}

export const auditQuerySchema = z.object({
  /** A day (YYYY-MM-DD, UTC) or an instant (ISO, e.g. a desk's local midnight). */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, refusal('audit.since.format'))
    // The log's times are UTC instants compared as text: an instant with an offset is put in UTC first.
    .transform((since) => (since.length > 10 ? new Date(since).toISOString() : since))
    .optional(),
  action: z.enum(AUDIT_ACTIONS, refusal('audit.action.invalid')).optional(),
  subjectId: z.string().optional(),
  /** Everything one person (or the desk, or the CLI) did, by the name the log gives them. */
  actor: z.string().max(200).optional(),
  /** Everything about one client: their record, and their treatments' and handouts' entries. */
  clientId: z.string().optional(),
  limit: z.number().int().min(1).max(10_000).default(500)
})
