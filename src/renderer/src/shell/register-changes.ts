import { defineStore } from 'pinia'
import { onScopeDispose, ref, watch } from 'vue'
import { unwrap } from '@shared/contract/clinic-api'

// How often a desk asks whether the register changed: within a second of a save at another
// desk, for one read of an index per second.
const CHECK_EVERY_MS = 1000

/**
 * The register's change mark as this desk last read it. It moves whenever any desk saves
 * anything; screens that show what another desk may change reload when it does.
 */
export const useRegisterChanges = defineStore('register-changes', () => {
  const mark = ref<number>()
  let timer: ReturnType<typeof setInterval> | undefined
  let checking = false

  async function check(): Promise<void> {
    // A hidden window (minimised, another app in front) need not keep up; it catches up when shown.
    if (checking || document.visibilityState === 'hidden') return
    checking = true
    try {
      mark.value = unwrap(await window.clinic.app.changes({})).mark
    } catch {
      // The next check tries again; a call the person makes says what is wrong, in words.
    } finally {
      checking = false
    }
  }

  function start(): void {
    if (timer) return
    void check()
    timer = setInterval(() => void check(), CHECK_EVERY_MS)
    document.addEventListener('visibilitychange', () => void check())
  }

  return { mark, start }
})

/** Calls `reload` whenever the register changes at any desk, while the calling component lives. */
export function onRegisterChange(reload: () => unknown): void {
  const changes = useRegisterChanges()
  changes.start()
  const stop = watch(
    () => changes.mark,
    (now, before) => {
      if (before !== undefined && now !== before) void reload()
    }
  )
  onScopeDispose(stop)
}
