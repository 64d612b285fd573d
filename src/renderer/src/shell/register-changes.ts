import { defineStore } from 'pinia'
import { onScopeDispose, ref, watch } from 'vue'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import { useDeskSession } from '../staff/desk-session-store'

// How often a desk asks whether the register changed: within a second of a save at another
// desk, for one read of an index per second.
const CHECK_EVERY_MS = 1000
// An answer slower than this means the register cannot be reached, even before the call
// fails: a pulled cable leaves a connection that neither answers nor fails for minutes.
const UNANSWERED_AFTER_MS = 5000

/**
 * The register's change mark as this desk last read it. It moves whenever any desk saves
 * anything; screens that show what another desk may change reload when it does. Read every
 * second, it also tells whether the register can be reached at all (a server gone away).
 */
export const useRegisterChanges = defineStore('register-changes', () => {
  const mark = ref<number>()
  /** False while the register cannot be reached; true again at the first answer. */
  const reachable = ref(true)
  let timer: ReturnType<typeof setInterval> | undefined
  let checking = false

  async function check(): Promise<void> {
    // A hidden window (minimised, another app in front) need not keep up; it catches up when shown.
    if (checking || document.visibilityState === 'hidden') return
    checking = true
    const unanswered = setTimeout(() => (reachable.value = false), UNANSWERED_AFTER_MS)
    try {
      mark.value = unwrap(await window.clinic.app.changes({})).mark
      reachable.value = true
    } catch (error) {
      // Anything else: the next check tries again, and a call the person makes says what is wrong.
      if (error instanceof ClinicCallError && error.code === 'unreachable') reachable.value = false
    } finally {
      clearTimeout(unanswered)
      checking = false
    }
  }

  function start(): void {
    if (timer) return
    void check()
    timer = setInterval(() => void check(), CHECK_EVERY_MS)
    document.addEventListener('visibilitychange', () => void check())
  }

  /** A call found the register out of reach before the next check did. */
  function lostReach(): void {
    reachable.value = false
  }

  return { mark, reachable, start, lostReach }
})

/**
 * Calls `reload` whenever the register changes at any desk, while the calling component lives.
 * Behind the lock screen nothing is read (main would refuse it): a change made meanwhile is
 * loaded once someone signs in.
 */
export function onRegisterChange(reload: () => unknown): void {
  const changes = useRegisterChanges()
  const session = useDeskSession()
  changes.start()
  let seen: number | undefined
  const stop = watch(
    () => (session.atWork ? changes.mark : undefined),
    (now) => {
      if (now === undefined) return
      if (seen !== undefined && now !== seen) void reload()
      seen = now
    },
    { immediate: true }
  )
  onScopeDispose(stop)
}
