import { ref, shallowReactive, shallowRef, watch, type Ref } from 'vue'
import type { AuditAction, AuditEntry } from '@shared/audit/audit-entry'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import { clientName } from '../format/client-name'
import { entryClientId } from './audit-wording'

/** The most entries the log gives in one answer. */
export const AUDIT_MAX_LIMIT = 10_000

export interface AuditFilters {
  /** The first day shown, on this computer's calendar. */
  since: Date | null
  action: AuditAction | null
  /** Only what this person did, by the name the log gives them. */
  actor: string | null
  /** Only what concerns this client: their record, their treatments and their handouts. */
  clientId: string | undefined
  limit: number
}

const isGone = (error: unknown): boolean =>
  error instanceof ClinicCallError && (error.code === 'not_found' || error.code === 'invalid_input')

/** Asks for one more than the limit, so the screen knows when there is more to show. */
async function fetchEntries(filters: AuditFilters): Promise<AuditEntry[]> {
  return unwrap(
    await window.clinic.audit.list({
      // Local midnight as an instant: the log's times are instants, and "since" means this desk's day.
      ...(filters.since && { since: filters.since.toISOString() }),
      ...(filters.action && { action: filters.action }),
      ...(filters.actor && { actor: filters.actor }),
      ...(filters.clientId && { clientId: filters.clientId }),
      limit: Math.min(filters.limit + 1, AUDIT_MAX_LIMIT)
    })
  )
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
