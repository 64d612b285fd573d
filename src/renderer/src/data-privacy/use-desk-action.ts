import { ref, type Ref } from 'vue'
import type { DesktopResult } from '@shared/contract/desktop-calls'
import { useErrorToast } from '../shell/use-error-toast'

/** How an action went, to show beside its buttons. */
export interface Outcome {
  severity: 'success' | 'error'
  summary: string
  detail?: string
}

/** What a desktop answer tells the desk: where the file went, or why it did not; nothing when the desk cancelled. */
export function outcomeOf(result: DesktopResult, saved: (path: string) => string, failed: string): Outcome | undefined {
  if (!result.ok) return { severity: 'error', summary: failed, detail: result.error.message }
  return result.value.savedTo ? { severity: 'success', summary: saved(result.value.savedTo) } : undefined
}

/**
 * Runs one of a panel's actions at a time and keeps how the last one went. A call that fails
 * (ClinicCallError or a bug) goes to the error toast.
 */
export function useDeskAction<Which extends string>(): {
  busy: Ref<Which | undefined>
  outcome: Ref<Outcome | undefined>
  attempt(which: Which, action: () => Promise<Outcome | undefined>): Promise<void>
} {
  const showError = useErrorToast()
  const busy = ref<Which>() as Ref<Which | undefined>
  const outcome = ref<Outcome>()

  async function attempt(which: Which, action: () => Promise<Outcome | undefined>): Promise<void> {
    if (busy.value) return
    busy.value = which
    outcome.value = undefined
    try {
      outcome.value = await action()
    } catch (error) {
      showError(error)
    } finally {
      busy.value = undefined
    }
  }

  return { busy, outcome, attempt }
}
