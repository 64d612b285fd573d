import { fontsDir, projectRoot } from '../../src/main/app-paths'
import { createRenderPool, type RenderPool } from '../../src/main/handouts/render-pool/render-pool'

/** The render worker run from the sources (render-worker-from-source.mjs). */
export const RENDER_WORKER_FROM_SOURCE = new URL('./render-worker-from-source.mjs', import.meta.url)

/** Two workers, as on the project's 2-core machines, whatever machine runs the tests. */
export const TEST_RENDER_WORKERS = 2

/** A render pool of the real worker, from the sources, with the bundled fonts. */
export function sourceRenderPool(size = TEST_RENDER_WORKERS): RenderPool {
  return createRenderPool({ workerFile: RENDER_WORKER_FROM_SOURCE, fontsDir: fontsDir(projectRoot(import.meta.url)), size })
}

let shared: RenderPool | undefined

/**
 * The pool every test register draws its files with, one per test file's process: its workers
 * start with the first file drawn and do not keep the process alive once idle.
 */
export function testRenderPool(): RenderPool {
  return (shared ??= sourceRenderPool())
}
