import { z } from 'zod'

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
  'move'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_SUBJECTS = ['client', 'treatment', 'handout', 'clinic', 'protocol', 'register'] as const
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number]

/** One line of the audit log. `details` never holds personal data: ids, counts, kinds. */
export interface AuditEntry {
  id: number
  at: string
  actor: string
  action: AuditAction
  subjectType: AuditSubject
  subjectId: string | null
  details: Record<string, string | number | boolean | null>
}

export const auditQuerySchema = z.object({
  /** A day (YYYY-MM-DD, UTC) or an instant (ISO, e.g. a desk's local midnight). */
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'Give the start as a date, YYYY-MM-DD.')
    // The log's times are UTC instants compared as text: an instant with an offset is put in UTC first.
    .transform((since) => (since.length > 10 ? new Date(since).toISOString() : since))
    .optional(),
  action: z.enum(AUDIT_ACTIONS, 'Choose an action from the list.').optional(),
  subjectId: z.string().optional(),
  /** Everything about one client: their record, and their treatments' and handouts' entries. */
  clientId: z.string().optional(),
  limit: z.number().int().min(1).max(10_000).default(500)
})
