import type { HandlerTable } from '../api/handler-table'

const BATCH = 20

/**
 * Rebuilds, checks and keeps the content of every handout logged before handouts kept their
 * content, a few at a time so the window's calls are answered between them. Run once the
 * desk has started: such an entry can only be checked against its file while the layout that
 * drew it is the app's, so this is done in the first version that keeps content, not left for
 * the day someone reprints it. An entry that cannot be rebuilt is noted and not tried again.
 */
export async function keepEarlierHandoutContent(upkeep: HandlerTable['upkeep']): Promise<void> {
  let refusedInAll = 0
  try {
    let after = ''
    for (;;) {
      const { refused, last } = await upkeep.keepEarlierHandoutContent(BATCH, after)
      refusedInAll += refused
      if (last === null) break
      after = last
      await new Promise((resolve) => setImmediate(resolve))
    }
  } catch (error) {
    // Nothing is lost: the next start, or a reprint, tries again.
    console.error('Rebuilding the content of earlier handouts stopped:', error)
  }
  if (refusedInAll > 0) console.error(`Earlier handouts whose content could not be rebuilt exactly: ${refusedInAll}.`)
}
