import type { HandlerTable } from '../api/handler-table'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'

/** The calls a warm-up makes: none of them logs or audits anything (a new register stores its shipped protocol, as its first protocol call would). */
export type WarmUpCalls = Pick<HandlerTable, 'protocol.current' | 'protocol.preview' | 'handouts.combine'>

/**
 * Makes the protocol editor's sample handout in each handout language and combines them, then
 * drops them, so that the desk's first handouts of the day are made warm: pdfmake loaded, the
 * fonts parsed, the current protocol's words shaped and the code compiled. In a new process the
 * first handout takes most of a second and the next few 50 to 100 ms more than the rest; the
 * app calls this once after its window shows. A warm-up that fails changes nothing but that.
 *
 * Files drawn by a pool of `renderers` workers: each language's sample is asked for that many
 * times at once, so that each idle worker is given one and every worker is warmed in every
 * language.
 */
export async function warmUpHandouts(calls: WarmUpCalls, renderers = 1): Promise<void> {
  try {
    const { protocol } = await calls['protocol.current']({})
    const files: Parameters<WarmUpCalls['handouts.combine']>[0]['files'] = []
    for (const language of HANDOUT_LANGUAGES) {
      const preview = () => calls['protocol.preview']({ protocol, language, paper: 'A4', depthMm: 1 })
      const [{ bytes }] = await Promise.all([preview(), ...Array.from({ length: renderers - 1 }, preview)])
      files.push(new Uint8Array(bytes))
      // Calls from the window that arrived meanwhile are answered between two languages.
      await new Promise((resolve) => setImmediate(resolve))
    }
    await calls['handouts.combine']({ files })
  } catch {
    // Nothing was changed; the first handout is only made cold.
  }
}
