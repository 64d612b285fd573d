import type { HandlerTable } from '../api/handler-table'

const BATCH = 20

/**
 * Rebuilds, checks and keeps the content of every handout logged before handouts kept their
 * content, a few at a time so the window's calls are answered between them. Run once the
 * desk has started: such an entry can only be checked against its file while the layout that
 * drew it is the app's, so this is done in the first version that keeps content, not left for
 * the day someone reprints it. An entry that cannot be rebuilt stays as it was.
 */
export async function keepEarlierHandoutContent(upkeep: HandlerTable['upkeep']): Promise<void> {
  try {
    let after = ''
    for (;;) {
      const { last } = await upkeep.keepEarlierHandoutContent(BATCH, after)
      if (last === null) return
      after = last
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch {
    // Nothing was changed; the next start, or a reprint, tries again.
  }
}
