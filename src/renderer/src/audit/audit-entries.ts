import { ref, shallowReactive, shallowRef, watch, type Ref } from 'vue'
import type { AuditAction, AuditEntry } from '../../../shared/audit/audit-entry'
import { ClinicCallError, unwrap } from '../../../shared/contract/clinic-api'
import { clientName } from '../format/client-name'
import { entryClientId } from './audit-wording'

/** The most entries the log gives in one answer. */
export const AUDIT_MAX_LIMIT = 10_000

export interface AuditFilters {
  /** The first day shown, on this computer's calendar. */
  since: Date | null
  action: AuditAction | null
  /** Only what concerns this client: their record, their treatments and their handouts. */
  clientId: string | undefined
  limit: number
}

const isGone = (error: unknown): boolean =>
  error instanceof ClinicCallError && (error.code === 'not_found' || error.code === 'invalid_input')

/**
 * The records a client's activity is filed under: the client, each treatment and each handout
 * given. An erased client has only their own id left.
 */
async function subjectIdsOf(clientId: string): Promise<string[]> {
  try {
    const [treatments, handouts] = await Promise.all([
      window.clinic.treatments.listForClient({ clientId }),
      window.clinic.handouts.listForClient({ clientId })
    ])
    return [clientId, ...unwrap(treatments).map(({ id }) => id), ...unwrap(handouts).map(({ id }) => id)]
  } catch (error) {
    if (isGone(error)) return [clientId]
    throw error
  }
}

/** Asks for one more than the limit, so the screen knows when there is more to show. */
async function fetchEntries(filters: AuditFilters): Promise<AuditEntry[]> {
  const query = {
    // Local midnight as an instant: the log's times are instants, and "since" means this desk's day.
    ...(filters.since && { since: filters.since.toISOString() }),
    ...(filters.action && { action: filters.action }),
    limit: Math.min(filters.limit + 1, AUDIT_MAX_LIMIT)
  }
  if (!filters.clientId) return unwrap(await window.clinic.audit.list(query))
  const subjects = await subjectIdsOf(filters.clientId)
  const answers = await Promise.all(subjects.map((subjectId) => window.clinic.audit.list({ ...query, subjectId })))
  return answers.flatMap(unwrap).sort((a, b) => b.id - a.id)
}

/**
 * The audit log as filtered, newest first, with the names of the clients it mentions: a name,
 * or null for a client no longer in the register (erased).
 */
export function useAuditEntries(filters: Ref<AuditFilters>, onFailure: (error: unknown) => void) {
  const entries = shallowRef<AuditEntry[]>([])
  /** Whether older entries were left out by the limit. */
  const capped = ref(false)
  const loaded = ref(false)
  const clientNames = shallowReactive(new Map<string, string | null>())

  async function resolveName(id: string): Promise<void> {
    try {
      clientNames.set(id, clientName(unwrap(await window.clinic.clients.get({ id }))))
    } catch (error) {
      if (isGone(error)) clientNames.set(id, null)
      else onFailure(error)
    }
  }

  let latest = 0
  async function load(): Promise<void> {
    const request = ++latest
    try {
      const found = await fetchEntries(filters.value)
      const mentioned = [filters.value.clientId, ...found.map(entryClientId)]
      const unknown = new Set(mentioned.filter((id): id is string => !!id && !clientNames.has(id)))
      await Promise.all([...unknown].map(resolveName))
      // A slower answer to an older filter never replaces a newer one.
      if (request !== latest) return
      capped.value = found.length > Math.min(filters.value.limit, AUDIT_MAX_LIMIT - 1)
      entries.value = found.slice(0, filters.value.limit)
      loaded.value = true
    } catch (error) {
      onFailure(error)
    }
  }

  watch(filters, load, { immediate: true, deep: true })
  return { entries, capped, loaded, clientNames }
}
