import type { HandlerTable } from '../api/handler-table'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'

/** The calls a warm-up makes: none of them logs or audits anything (a new register stores its shipped protocol, as its first protocol call would). */
export type WarmUpCalls = Pick<HandlerTable, 'protocol.current' | 'handouts.combine' | 'upkeep'>

/**
 * Makes the protocol editor's sample handout for each depth band in each handout language on
 * every render worker and combines them, then drops them, so that the desk's first handouts of
 * the day are made warm, whichever worker draws them: pdfmake loaded, the fonts parsed, the
 * current protocol's words shaped and its texts measured, and the code compiled. In a new
 * process the first handout takes most of a second and the next few 50 to 100 ms more than the
 * rest; the app calls this once after its window shows. A warm-up that fails changes nothing but that.
 */
export async function warmUpHandouts(calls: WarmUpCalls): Promise<void> {
  try {
    const { protocol } = await calls['protocol.current']({})
    const files: Parameters<WarmUpCalls['handouts.combine']>[0]['files'] = []
    for (const language of HANDOUT_LANGUAGES) {
      for (const band of protocol.bands) {
        files.push(new Uint8Array(await calls.upkeep.warmUpHandout({ protocol, language, paper: 'A4', depthMm: band.upToMm })))
        // Calls from the window that arrived meanwhile are answered between two handouts.
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
    await calls['handouts.combine']({ files })
  } catch {
    // Nothing was changed; the first handout is only made cold.
  }
}
