import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { useClientPages } from './client-pages'
import { useClientSearch } from './client-search'

/**
 * The register screen's state, kept while the receptionist visits a client and comes back:
 * what was typed, whether archived clients show, and which row is selected.
 */
export const useRegisterStore = defineStore('register', () => {
  const query = ref('')
  const includeArchived = ref(false)
  const selectedIndex = ref(0)
  /** Bumped when something (Find client) wants the search box focused. */
  const focusRequests = ref(0)
  /** The last failure to load, for the screen to report. */
  const failure = shallowRef<unknown>()
  const reportFailure = (error: unknown): void => {
    failure.value = error
  }

  const pages = useClientPages(includeArchived, reportFailure)
  const search = useClientSearch(query, includeArchived, reportFailure)

  const isSearching = computed(() => query.value.trim() !== '')
  // Until the first answer to a search arrives, the whole register stays on screen: no blank flash.
  const showingSearch = computed(() => isSearching.value && search.answered.value !== undefined)
  const rows = computed(() => (showingSearch.value ? search.results.value : pages.rows.value))

  /** Loads what is on screen afresh: the register may have changed since it was last shown. */
  function refresh(): Promise<void> {
    return isSearching.value ? search.searchNow() : pages.reload()
  }

  watch(includeArchived, () => void refresh())
  watch(rows, (next, previous) => {
    // A new answer starts at its best match; more pages of the same list keep the selection.
    if (next.length !== previous.length || next[0]?.id !== previous[0]?.id) selectedIndex.value = 0
  })
  watch(isSearching, (searching) => {
    if (!searching) void pages.reload()
  })

  function moveSelection(steps: number): void {
    const last = rows.value.length - 1
    selectedIndex.value = Math.max(0, Math.min(last, selectedIndex.value + steps))
  }

  function requestSearchFocus(): void {
    focusRequests.value++
  }

  return {
    query,
    includeArchived,
    selectedIndex,
    focusRequests,
    failure,
    rows,
    isSearching,
    showingSearch,
    registerEmpty: pages.registerEmpty,
    searchAnswered: search.answered,
    searchTruncated: search.truncated,
    loadRange: pages.loadRange,
    refresh,
    moveSelection,
    requestSearchFocus
  }
})
