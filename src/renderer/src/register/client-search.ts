import { computed, shallowRef, watch, type Ref } from 'vue'
import { unwrap } from '@shared/contract/clinic-api'
import type { Client } from '@shared/register/client'

const TYPING_PAUSE_MS = 120
export const SEARCH_LIMIT = 200

/**
 * Searches the register as the receptionist types. The previous results stay on screen
 * until the next ones arrive, and an answer to an older query never replaces a newer one.
 */
export function useClientSearch(query: Ref<string>, includeArchived: Ref<boolean>, onFailure: (error: unknown) => void) {
  const results = shallowRef<Client[]>([])
  /** The query the results on screen answer, or undefined before the first answer. */
  const answered = shallowRef<string>()
  let latestTicket = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  async function searchNow(): Promise<void> {
    clearTimeout(timer)
    const text = query.value.trim()
    if (text === '') return
    const ticket = ++latestTicket
    try {
      const found = unwrap(
        await window.clinic.clients.search({ query: text, includeArchived: includeArchived.value, limit: SEARCH_LIMIT })
      )
      if (ticket !== latestTicket) return
      results.value = found
      answered.value = text
    } catch (error) {
      if (ticket === latestTicket) onFailure(error)
    }
  }

  watch(query, (text) => {
    clearTimeout(timer)
    // An emptied box goes back to the whole register; the next search starts afresh.
    if (text.trim() === '') answered.value = undefined
    else timer = setTimeout(() => void searchNow(), TYPING_PAUSE_MS)
  })

  const truncated = computed(() => results.value.length >= SEARCH_LIMIT)

  return { results, answered, truncated, searchNow }
}
