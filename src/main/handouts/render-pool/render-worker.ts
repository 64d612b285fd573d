/**
 * Entry of a render worker thread (render-pool.ts): draws the files it is sent with a
 * PdfRenderer of its own, which keeps its parsed fonts and shaped words from one file to the
 * next, over the font files' bytes the pool read once for all its workers, and sends each
 * file's bytes back by moving them, not copying.
 */
import { workerData } from 'node:worker_threads'
import { PdfRenderer } from '../pdf-renderer'
import { renderPrinted, type RenderJob } from '../printed/render-printed'
import type { RenderWorkerData } from './render-pool'
import { answerJobs } from './worker-side'

const { fontsDir, fontFiles } = workerData as RenderWorkerData
const renderer = PdfRenderer.create(fontsDir, fontFiles)

answerJobs<RenderJob, Uint8Array<ArrayBuffer>>(
  async (job) => ownBuffer(await renderPrinted(await renderer, job)),
  (bytes) => [bytes.buffer]
)

/** The bytes in an ArrayBuffer of their own (a Buffer may be a view of a shared one), which can be moved. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes)
}
