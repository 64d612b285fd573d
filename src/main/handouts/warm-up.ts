import type { HandlerTable } from '../api/handler-table'
import { HANDOUT_LANGUAGES, TREATMENT_ZONES } from '@shared/register/vocabulary'
import type { SampleVariation } from './sample-treatment'

/** The calls a warm-up makes: none of them logs or audits anything (a new register stores its shipped protocol, as its first protocol call would). */
export type WarmUpCalls = Pick<HandlerTable, 'protocol.current' | 'handouts.combine' | 'upkeep'>

const WARM_UP_ROUNDS = 2
// Times of day the samples are treated at, one after another.
const SAMPLE_TIMES = ['09:15', '10:45', '12:30', '14:45', '16:15', '17:45', '19:30']
const ZONES_A_SAMPLE = 3
// Each sample is treated this many days after the one before: the samples' dates meet every month and weekday.
const DAYS_APART = 23
/**
 * Names in each script a bundled font prints, one sample in two named so (the others keep their
 * language's sample name): a worker's first name in Chinese, Korean or Arabic otherwise parses
 * that font in the middle of the day's job, and has the code compiled for Latin alone drawn again.
 */
const NAMES_IN_EVERY_SCRIPT = [
  { givenName: '秀英', familyName: '王' },
  { givenName: 'Ελένη', familyName: 'Παππά' },
  { givenName: '민준', familyName: '김' },
  { givenName: 'ليلى', familyName: 'Haddad' },
  { givenName: 'Ольга', familyName: 'Иванова' },
  { givenName: 'נועה', familyName: 'כהן' },
  { givenName: '花子', familyName: '佐藤' },
  { givenName: 'Thảo', familyName: 'Nguyễn' }
]

/**
 * Makes a sample handout for each depth band in each handout language, twice over, on every
 * render worker, as a handout is made (short of reading the register and logging it), and
 * combines one round of them, then drops them, so that the desk's first handouts of the day are made warm,
 * whichever worker draws them: pdfmake loaded, the fonts parsed, the code compiled for every
 * script, and the current protocol's texts measured and its words shaped, with every zone,
 * month, weekday and many times of day (each sample varied, `sampleVariation`). In a new
 * process the first handout takes most of a second. After one round of samples the next forty
 * handouts still took 4.3 ms more than those after them (on average over seven runs here), V8
 * still compiling the code that draws them; after a second round, which takes about 0.4 s of
 * each worker, 3.3 ms more. The app calls this once after its window shows. A warm-up that
 * fails changes nothing but that.
 */
export async function warmUpHandouts(calls: WarmUpCalls): Promise<void> {
  try {
    const { protocol } = await calls['protocol.current']({})
    const files: Parameters<WarmUpCalls['handouts.combine']>[0]['files'] = []
    let made = 0
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const language of HANDOUT_LANGUAGES) {
        for (const band of protocol.bands) {
          const draft = { protocol, language, paper: 'A4' as const, depthMm: band.upToMm }
          const file = new Uint8Array(await calls.upkeep.warmUpHandout(draft, sampleVariation(made++)))
          // One round's files warm the combining as well as both would, with half the memory.
          if (round === 0) files.push(file)
          // Calls from the window that arrived meanwhile are answered between two handouts.
          await new Promise((resolve) => setImmediate(resolve))
        }
      }
    }
    await calls['handouts.combine']({ files })
  } catch {
    // Nothing was changed; the first handout is only made cold.
  }
}

/** The `index`th sample: three zones in turn, treated 23 days after the one before, at the next time of day, every other one named in another script. */
function sampleVariation(index: number): SampleVariation {
  const zones = Array.from({ length: ZONES_A_SAMPLE }, (_, zone) => TREATMENT_ZONES[(index * ZONES_A_SAMPLE + zone) % TREATMENT_ZONES.length])
  const name = index % 2 === 1 ? NAMES_IN_EVERY_SCRIPT[((index - 1) / 2) % NAMES_IN_EVERY_SCRIPT.length] : undefined
  return {
    zones: zones.filter((zone) => zone !== undefined),
    daysLater: index * DAYS_APART,
    time: SAMPLE_TIMES[index % SAMPLE_TIMES.length] ?? '10:00',
    ...(name && { name })
  }
}
