import { parentPort } from 'node:worker_threads'
import { errorToThread, type ThreadError } from './thread-error'

/** A job sent to a worker of a WorkerPool: one at a time per worker. */
export interface JobRequest<Job> {
  id: number
  job: Job
}

/** A worker's answer to the job of that id: its result, or what it threw. */
export type JobAnswer<Result> = { id: number; ok: true; result: Result } | { id: number; ok: false; error: ThreadError }

/**
 * The worker's side of a WorkerPool: answers each job the pool sends with `handle`'s result
 * (its `transfer` list moved, not copied) or the error it threw.
 */
export function answerJobs<Job, Result>(handle: (job: Job) => Promise<Result>, transfer: (result: Result) => ArrayBuffer[] = () => []): void {
  const port = parentPort
  if (!port) throw new Error('answerJobs runs in a worker thread.')
  port.on('message', ({ id, job }: JobRequest<Job>) => {
    Promise.resolve(job).then(handle).then(
      (result) => port.postMessage({ id, ok: true, result } satisfies JobAnswer<Result>, transfer(result)),
      (error: unknown) => port.postMessage({ id, ok: false, error: errorToThread(error) } satisfies JobAnswer<Result>)
    )
  })
}
