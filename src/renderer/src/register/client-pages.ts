import { markRaw, shallowRef, type Ref } from 'vue'
import { unwrap } from '@shared/contract/clinic-api'
import type { Client } from '@shared/register/client'

const PAGE_SIZE = 100

/**
 * The whole register by most recent activity, fetched a page at a time as the list
 * scrolls, so a register of 100,000 clients costs only the pages on screen.
 */
export function useClientPages(includeArchived: Ref<boolean>, onFailure: (error: unknown) => void) {
  /** One slot per client; a slot stays empty until its page arrives. */
  const rows = shallowRef<(Client | undefined)[]>([])
  /** Whether the register holds nobody at all, archived or not: the first-run state. */
  const registerEmpty = shallowRef<boolean>()
  const requestedPages = new Set<number>()
  // Answers to an earlier reload are dropped once a newer reload has started.
  let generation = 0

  async function fetchPage(page: number): Promise<Client[]> {
    return unwrap(
      await window.clinic.clients.list({ includeArchived: includeArchived.value, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
    )
  }

  /** Counts again and fetches the first page; the rows on screen stay until the new ones arrive. */
  async function reload(): Promise<void> {
    const current = ++generation
    requestedPages.clear()
    try {
      const count = unwrap(await window.clinic.clients.count({ includeArchived: includeArchived.value }))
      const firstPage = count > 0 ? await fetchPage(0) : []
      const anyoneAtAll = count > 0 || unwrap(await window.clinic.clients.count({ includeArchived: true })) > 0
      if (current !== generation) return
      requestedPages.add(0)
      rows.value = withPage(new Array<Client | undefined>(count), 0, firstPage)
      registerEmpty.value = !anyoneAtAll
    } catch (error) {
      onFailure(error)
    }
  }

  /** Fetches the pages that hold rows first to last (exclusive), unless already asked for. */
  function loadRange(first: number, last: number): void {
    for (let page = Math.floor(first / PAGE_SIZE); page * PAGE_SIZE < last; page++) {
      if (!requestedPages.has(page)) void loadPage(page)
    }
  }

  async function loadPage(page: number): Promise<void> {
    const current = generation
    requestedPages.add(page)
    try {
      const clients = await fetchPage(page)
      if (current === generation) rows.value = withPage(rows.value.slice(), page, clients)
    } catch (error) {
      requestedPages.delete(page)
      onFailure(error)
    }
  }

  return { rows, registerEmpty, reload, loadRange }
}

/**
 * The rows with a page put in, as a new array (a copy of 100,000 slots takes a fraction of a
 * millisecond) marked raw: the list's VirtualScroller watches its items deeply, and would
 * otherwise walk every client of the register each time a page arrives.
 */
function withPage(rows: (Client | undefined)[], page: number, clients: Client[]): (Client | undefined)[] {
  clients.forEach((client, index) => {
    rows[page * PAGE_SIZE + index] = client
  })
  return markRaw(rows)
}
