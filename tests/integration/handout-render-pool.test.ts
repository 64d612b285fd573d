import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import type { Worker as NodeWorker } from 'node:worker_threads'
import type { RenderJob } from '../../src/main/handouts/printed/render-printed'
import type { RenderWorkerData } from '../../src/main/handouts/render-pool/render-pool'
import type { JobRequest } from '../../src/main/handouts/render-pool/worker-side'
import { warmUpHandouts } from '../../src/main/handouts/warm-up'
import { HANDOUT_LANGUAGES } from '../../src/shared/register/vocabulary'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'
import { deskHandlerTable, callsOf, openTempRegister, type TempRegister } from '../support/temp-register'
import { sourceRenderPool } from '../support/test-render-pool'

/**
 * Every worker thread the pools of this file start, and a hook told of each job posted to one:
 * a test stops a worker from outside while it holds a job, as a crash would, with nothing added
 * to the worker or the pool for it.
 */
const threads = vi.hoisted(() => ({
  started: [] as NodeWorker[],
  /** What each was started with, in the same order. */
  startedWith: [] as unknown[],
  onJob: undefined as ((worker: NodeWorker, request: JobRequest<RenderJob>) => void) | undefined
}))
vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:worker_threads')>()
  class Worker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args)
      threads.started.push(this)
      threads.startedWith.push(args[1]?.workerData)
    }
    override postMessage(...args: Parameters<NodeWorker['postMessage']>): void {
      super.postMessage(...args)
      threads.onJob?.(this, args[0] as JobRequest<RenderJob>)
    }
  }
  return { ...original, Worker }
})

const pool = sourceRenderPool(2)
afterAll(() => pool.close())

let register: TempRegister
afterEach(async () => {
  threads.onJob = undefined
  await register.close()
})

/** A register whose handler table draws on this file's pool of two workers. */
async function registerOnPool(): Promise<TempRegister> {
  register = await openTempRegister()
  const table = deskHandlerTable(register.database, 'Test desk', undefined, { renderFile: pool.render })
  register = { ...register, table, ...callsOf(table) }
  await register.ok('settings.update', HARBOUR_CLINIC)
  return register
}

/** Distinct printable names with no digits: "Ana Order Ba", "Ana Order Bb"… with a Greek one now and then. */
function nameOf(index: number): { givenName: string; familyName: string } {
  const code = String.fromCharCode(66 + Math.floor(index / 26)) + String.fromCharCode(97 + (index % 26))
  return { givenName: index % 10 === 3 ? 'Ελένη' : 'Ana', familyName: `Order ${code}` }
}

async function loggedTreatmentIds(): Promise<string[]> {
  const rows = await register.database.db.selectFrom('handout_log').select('treatment_id').execute()
  return rows.map((row) => row.treatment_id)
}

describe('handouts drawn on a pool of two worker threads', () => {
  it('makes 100 handouts asked for at once, logs each exactly once, and combines them in the order asked', async () => {
    await registerOnPool()
    const treatments = []
    for (let index = 0; index < 100; index++) treatments.push(await recordStandardTreatment(register, nameOf(index)))
    const startedBefore = threads.started.length

    const produced = await Promise.all(
      treatments.map(({ id }) => register.ok('handouts.produce', { treatmentId: id, producedBy: 'Reception' }))
    )

    expect(threads.started.length - startedBefore).toBeLessThanOrEqual(2)
    expect(produced.map(({ entry }) => entry.treatmentId)).toEqual(treatments.map(({ id }) => id))
    const logged = await loggedTreatmentIds()
    expect(logged).toHaveLength(100)
    expect(new Set(logged)).toEqual(new Set(treatments.map(({ id }) => id)))

    const { bytes } = await register.ok('handouts.combine', { files: produced.map(({ bytes }) => bytes as Uint8Array<ArrayBuffer>) })
    const { text, pages } = await readPdf(bytes)
    expect(pages).toBe(200)
    const positions = treatments.map((_, index) => {
      const { givenName, familyName } = nameOf(index)
      return text.indexOf(`${givenName} ${familyName}`)
    })
    console.log([...new Set([...text.matchAll(/Order \S+/g)].map((m) => m[0]))].slice(70).join(','))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  }, 120_000)

  it('draws a handout again on a new worker when the one drawing it stops, and logs it once', async () => {
    await registerOnPool()
    const crashing = await recordStandardTreatment(register, { givenName: 'Zoë', familyName: 'Łukasiewicz' })
    const others = [await recordStandardTreatment(register, nameOf(0)), await recordStandardTreatment(register, nameOf(1))]
    const stopped: NodeWorker[] = []
    const givenZoe: NodeWorker[] = []
    threads.onJob = (worker, { job }) => {
      if (job.content.kind !== 'handout' || job.content.patientName !== 'Zoë Łukasiewicz') return
      givenZoe.push(worker)
      // The first worker given Zoë's handout is stopped before it can answer.
      if (stopped.length === 0) {
        stopped.push(worker)
        void worker.terminate()
      }
    }

    const produced = await Promise.all(
      [others[0], crashing, others[1]].map((treatment) => register.ok('handouts.produce', { treatmentId: treatment!.id, producedBy: 'Reception' }))
    )

    expect(givenZoe).toHaveLength(2)
    expect(givenZoe[1]).not.toBe(stopped[0])
    expect((await readPdf(produced[1]!.bytes)).text).toContain('Zoë Łukasiewicz')
    const logged = await loggedTreatmentIds()
    expect(logged.filter((id) => id === crashing.id)).toHaveLength(1)
    expect(logged).toHaveLength(3)
    // The file given is the file logged: a reprint from the log is the identical file.
    const reprint = await register.ok('handouts.reprint', { entryId: produced[1]!.entry.id, producedBy: 'Reception' })
    expect(Buffer.from(reprint.bytes).equals(Buffer.from(produced[1]!.bytes))).toBe(true)
  })

  it('says so in plain words, and logs nothing, when every worker given the handout stops', async () => {
    await registerOnPool()
    const treatment = await recordStandardTreatment(register, { givenName: 'Zoë', familyName: 'Łukasiewicz' })
    threads.onJob = (worker, { job }) => {
      if (job.content.kind === 'handout') void worker.terminate()
    }

    const result = await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })

    expect(result).toEqual({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/^The handout could not be made: .*Nothing was printed or logged\./) } })
    expect(await loggedTreatmentIds()).toEqual([])
    threads.onJob = undefined
    expect((await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })).ok).toBe(true)
  })

  it('gives the same bytes for a handout whatever its worker drew before (a reprint may be drawn on either)', async () => {
    await registerOnPool()
    const jobs: RenderJob[] = []
    const table = deskHandlerTable(register.database, 'Test desk', undefined, { renderFile: (job) => (jobs.push(job), pool.render(job)) })
    for (const client of [{ givenName: 'Ελένη', familyName: 'Παππά' }, { givenName: 'Ana', familyName: 'Order Ea' }]) {
      const treatment = await recordStandardTreatment({ ...register, ...callsOf(table) }, client)
      await callsOf(table).ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    }
    const [greek, latin] = jobs as [RenderJob, RenderJob]

    const alone = sourceRenderPool(1)
    const drawnAlone = await alone.render(latin).finally(() => alone.close())
    const afterGreek = sourceRenderPool(1)
    const drawnAfterGreek = await afterGreek.render(greek).then(() => afterGreek.render(latin)).finally(() => afterGreek.close())

    expect(Buffer.from(drawnAfterGreek).equals(Buffer.from(drawnAlone))).toBe(true)
    // A capital E first made as part of the Greek name once read back as a control character.
    expect((await readPdf(drawnAfterGreek)).text).toContain('Ana Order Ea')
  })

  it("warms every worker for every depth band in every language, with a name in every script it prints, at the desk's start", async () => {
    await registerOnPool()
    const drawnBy = new Map<NodeWorker, { bands: Set<string>; names: string[] }>()
    threads.onJob = (worker, { job }) => {
      if (job.content.kind !== 'handout') return
      const drawn = drawnBy.get(worker) ?? { bands: new Set(), names: [] }
      drawn.bands.add(`${job.content.language} ${job.content.summary.band.value}`)
      drawn.names.push(job.content.patientName)
      drawnBy.set(worker, drawn)
    }
    await warmUpHandouts(register.table)
    expect(drawnBy.size).toBe(2)
    const { protocol } = await register.ok('protocol.current', {})
    for (const { bands, names } of drawnBy.values()) {
      expect(bands.size).toBe(HANDOUT_LANGUAGES.length * protocol.bands.length)
      for (const script of ['Latin', 'Greek', 'Cyrillic', 'Han', 'Hangul', 'Arabic', 'Hebrew']) {
        expect(names.some((name) => new RegExp(`\\p{Script=${script}}`, 'u').test(name)), script).toBe(true)
      }
    }
  })

  it('starts its workers with the font files read once, in memory they share', async () => {
    await registerOnPool()
    const treatments = await Promise.all([1, 2].map((index) => recordStandardTreatment(register, nameOf(index))))
    await Promise.all(treatments.map(({ id }) => register.ok('handouts.produce', { treatmentId: id, producedBy: 'Reception' })))

    const [first, second] = threads.startedWith.slice(0, 2) as RenderWorkerData[]
    expect(second).toBe(first)
    const fontFiles = Object.entries((first as RenderWorkerData).fontFiles)
    expect(fontFiles.map(([file]) => file).sort()).toEqual(readdirSync('resources/fonts').filter((file) => file.endsWith('.ttf')).sort())
    for (const [file, bytes] of fontFiles) {
      expect(bytes, file).toBeInstanceOf(SharedArrayBuffer)
      expect(Buffer.from(bytes).equals(readFileSync(join('resources/fonts', file))), file).toBe(true)
    }
  })

  it('refuses a name it cannot print with the same words as before, drawn on no worker', async () => {
    await registerOnPool()
    const treatment = await recordStandardTreatment(register, { givenName: 'สมชาย', familyName: 'ใจดี' })
    const result = await register.call('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid_input')
    expect(await loggedTreatmentIds()).toEqual([])
  })
})
