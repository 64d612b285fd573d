import { onScopeDispose, ref, watch, type Ref } from 'vue'
import { ClinicCallError } from '@shared/contract/clinic-api'
import { useRegisterChanges } from './register-changes'

/** The form was left while its save waited for the register: the save is dropped, never made later behind the person's back. */
export class SaveAbandoned extends Error {}

/**
 * A save that survives the register going away. When a call fails with `unreachable`, main
 * guarantees nothing was saved, so the same call is made again as soon as the register
 * answers (the desk's once-a-second check says so): it is saved once. Meanwhile `waiting` is
 * true, for the form to say so. Leaving the form ends the wait without saving; `left` tells
 * a form whose save was already on its way when it was left not to take the person back.
 */
export function useSaveWhenReachable(): { waiting: Ref<boolean>; left: Ref<boolean>; saveWhenReachable<T>(save: () => Promise<T>): Promise<T> } {
  const changes = useRegisterChanges()
  const waiting = ref(false)
  const left = ref(false)
  onScopeDispose(() => (left.value = true))

  function answersAgainOrLeft(): Promise<void> {
    return new Promise((resolve) => {
      const stop = watch(
        () => changes.reachable || left.value,
        (done) => {
          if (!done) return
          queueMicrotask(() => stop())
          resolve()
        },
        { immediate: true }
      )
    })
  }

  async function saveWhenReachable<T>(save: () => Promise<T>): Promise<T> {
    changes.start()
    try {
      for (;;) {
        try {
          return await save()
        } catch (error) {
          if (!(error instanceof ClinicCallError && error.code === 'unreachable')) throw error
          waiting.value = true
          changes.lostReach()
          await answersAgainOrLeft()
          if (left.value) throw new SaveAbandoned()
        }
      }
    } finally {
      waiting.value = false
    }
  }

  return { waiting, left, saveWhenReachable }
}
