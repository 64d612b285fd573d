import { unprintableNameReason } from '../src/main/handouts/name-scripts'
import { warmUpHandouts } from '../src/main/handouts/warm-up'
import { makeInOrder, PRINT_ALL_IN_FLIGHT } from '../src/shared/handouts/print-all'
import type { ProducedHandout } from '../src/shared/handouts/handout-kinds'
import { openBenchRegister, type BenchRegister } from './lib/register'
import { median, peakRssMb, percentile, round } from './lib/stats'

const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u
const PRODUCED_BY = 'Benchmark'

export interface HandoutTreatment {
  treatmentId: string
  clientName: string
}

/**
 * Treatments whose handout can be printed, in a fixed order. `standard` keeps clients
 * with Latin-script names (the usual handout, Noto Sans only); otherwise every printable
 * name, CJK included, as a day at the desk brings them.
 */
export async function handoutTreatments(register: BenchRegister, count: number, standard: boolean): Promise<HandoutTreatment[]> {
  const rows = await register.database.db
    .selectFrom('treatments as t')
    .innerJoin('clients as c', 'c.id', 't.client_id')
    .select(['t.id as treatmentId', 'c.given_name', 'c.family_name'])
    .orderBy('t.id')
    // Room for the names left out (other scripts, when `standard`) even when only one is wanted.
    .limit((count + 10) * 20)
    .execute()
  // Spread the sample over the register rather than taking one client's treatments.
  const chosen: HandoutTreatment[] = []
  for (let index = 0; index < rows.length && chosen.length < count; index += 7) {
    const row = rows[index]
    if (!row) break
    const clientName = `${row.given_name} ${row.family_name}`
    if (unprintableNameReason(clientName)) continue
    if (standard && !LATIN_NAME.test(clientName)) continue
    chosen.push({ treatmentId: row.treatmentId, clientName })
  }
  if (chosen.length < count) throw new Error(`Only ${chosen.length} printable treatments found; seed more clients.`)
  return chosen
}

async function produce(register: BenchRegister, treatmentId: string): Promise<ProducedHandout> {
  const handout = await register.call('handouts.produce', { treatmentId, kind: 'handout', producedBy: PRODUCED_BY })
  if (handout.bytes.length < 1000) throw new Error('The handout came out empty.')
  return handout
}

/** In a fresh process: the first handout, pdfmake and fonts not yet loaded. */
export async function coldHandout({ file }: { file: string }): Promise<{ ms: number; bytes: number }> {
  const register = await openBenchRegister(file)
  const [first] = await handoutTreatments(register, 1, true)
  const started = performance.now()
  const handout = await produce(register, (first as HandoutTreatment).treatmentId)
  const ms = performance.now() - started
  await register.close()
  return { ms, bytes: handout.bytes.length }
}

/** Warm: after the warm-up the app makes at start and `warmup` handouts more, each of `count` standard handouts timed on its own. */
export async function warmHandouts({ file, count, warmup, mixed: mixedCount }: { file: string; count: number; warmup: number; mixed: number }) {
  const register = await openBenchRegister(file)
  const treatments = await handoutTreatments(register, count + warmup, true)
  await warmUpHandouts(register.table)
  for (const { treatmentId } of treatments.slice(0, warmup)) await produce(register, treatmentId)
  const times: number[] = []
  const cpuTimes: number[] = []
  for (const { treatmentId } of treatments.slice(warmup)) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    await produce(register, treatmentId)
    times.push(performance.now() - started)
    const { user, system } = process.cpuUsage(cpu)
    cpuTimes.push((user + system) / 1000)
  }
  // The mix a day brings, CJK names included, for comparison.
  const mixed = await handoutTreatments(register, mixedCount, false)
  const mixedTimes: number[] = []
  for (const { treatmentId } of mixed) {
    const started = performance.now()
    await produce(register, treatmentId)
    mixedTimes.push(performance.now() - started)
  }
  await register.close()
  return {
    median_ms: round(median(times)),
    p95_ms: round(percentile(times, 95)),
    median_cpu_ms: round(median(cpuTimes)),
    mixed_median_ms: round(median(mixedTimes)),
    mixed_p95_ms: round(percentile(mixedTimes, 95)),
    samples: times.length
  }
}

/**
 * In a fresh process: one day of handouts (100, every printable name) as one job, as the
 * desk's "print all" does it: each handout made and logged, PRINT_ALL_IN_FLIGHT at a time on the
 * render pool's workers, then all of them combined in order into one PDF for one print job.
 * `warmedUp`: after the warm-up the app makes once its window shows (warmUpHandouts on every
 * worker, timed apart); otherwise straight after opening the register. The peak RSS is the
 * process's, its worker threads included.
 */
export async function handoutBatch({ file, count, warmedUp, skip = 0 }: { file: string; count: number; warmedUp: boolean; skip?: number }) {
  const register = await openBenchRegister(file)
  // A second desk's job (skip = the first desk's count) prints for other treatments.
  const treatments = (await handoutTreatments(register, skip + count, false)).slice(skip)
  const warmUpStarted = performance.now()
  if (warmedUp) await warmUpHandouts(register.table)
  const warmUpSeconds = (performance.now() - warmUpStarted) / 1000
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20
  const started = performance.now()
  const cpu = process.cpuUsage()
  const files = await makeInOrder(treatments, PRINT_ALL_IN_FLIGHT, async ({ treatmentId }) => (await produce(register, treatmentId)).bytes as Uint8Array<ArrayBuffer>)
  const produced = performance.now()
  const { bytes } = await register.call('handouts.combine', { files })
  const finished = performance.now()
  const { user, system } = process.cpuUsage(cpu)
  const peakMb = peakRssMb()
  await register.close()
  return {
    warmed_up: warmedUp,
    warm_up_s: round(warmUpSeconds, 3),
    workers: register.renderPool.size,
    in_flight: PRINT_ALL_IN_FLIGHT,
    seconds: round((finished - started) / 1000, 3),
    produce_s: round((produced - started) / 1000, 3),
    combine_s: round((finished - produced) / 1000, 3),
    /** Every thread's CPU time, main and workers. */
    cpu_s: round((user + system) / 1e6, 3),
    peak_rss_mb: round(peakMb, 1),
    rss_before_mb: round(rssBeforeMb, 1),
    combined_bytes: bytes.length
  }
}
