import { availableParallelism } from 'node:os'
import { readFontFiles, type FontFiles } from '../handout-fonts'
import type { RenderFile } from '../handout-service'
import type { RenderJob } from '../printed/render-printed'
import { WorkerPool } from './worker-pool'
import { words } from '@shared/words/words'

/** What each render worker is started with. */
export interface RenderWorkerData {
  /** The bundled handout fonts (resources/fonts). */
  fontsDir: string
  /** Their bytes, read once by the pool for all its workers. */
  fontFiles: FontFiles
}

/** Handouts drawn on worker threads: `render` is the HandoutService's RenderFile. */
export interface RenderPool {
  render: RenderFile
  /** How many workers it runs at most: as many files can be drawn at once. */
  readonly size: number
  close(): Promise<void>
}

// Each worker keeps its own pdfmake, parsed fonts and shaped words (some 80 MB), and Print all keeps
// only a few handouts in flight: more workers would cost memory and gain nothing.
const MOST_WORKERS = 4

/**
 * A warm worker keeps 35 to 70 MB of live heap (pdfmake, parsed fonts, shaped words). Left to
 * V8's defaults each let its heap grow to about twice that between collections, and two workers
 * took a 100-handout job past 400 MB; bounded so, the job peaks near 340 MB in the same time. A
 * worker that would need more is stopped by Node, and the pool draws its file again on a new one.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 192 }

/** One worker per core the process may use, at least one and at most four. */
export function renderPoolSize(cores: number = availableParallelism()): number {
  return Math.min(MOST_WORKERS, Math.max(1, cores))
}

/**
 * A pool of render workers (render-worker.ts, as built for the app, the CLI or the tests:
 * `workerFile`). The workers start with the first file drawn, so commands that draw none
 * never load pdfmake.
 */
export function createRenderPool({ workerFile, fontsDir, size = renderPoolSize() }: { workerFile: string | URL; fontsDir: string; size?: number }): RenderPool {
  const pool = new WorkerPool<RenderJob, Uint8Array>({
    workerFile,
    // Read as the first worker starts: commands that draw nothing never read them.
    workerData: () => ({ fontsDir, fontFiles: readFontFiles(fontsDir) }) satisfies RenderWorkerData,
    size,
    resourceLimits: WORKER_HEAP,
    failureMessage: () => words('handout.renderFailed')
  })
  return {
    render: async (job, where) => (where?.onEveryWorker ? ((await pool.runOnEach(job))[0] as Uint8Array) : pool.run(job)),
    size: pool.size,
    close: () => pool.close()
  }
}
