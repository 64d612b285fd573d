import { Worker, type ResourceLimits } from 'node:worker_threads'
import { AppError } from '../../api/app-error'
import { errorFromThread } from './thread-error'
import type { JobAnswer, JobRequest } from './worker-side'
import { words } from '@shared/words/words'

export interface WorkerPoolOptions {
  /** The worker's entry, a module Node loads as it is (built JavaScript); it calls answerJobs. */
  workerFile: string | URL
  /** What every worker is given as its workerData: made as the first worker starts, and kept. */
  workerData?: () => unknown
  /** At most this many workers, started as jobs come. */
  size: number
  /** How many times in all a job is tried when the worker holding it stops before answering. */
  attempts?: number
  /** The desk's words when a job's workers kept stopping, asked for then (in the desk's language of that moment). */
  failureMessage: () => string
  /** Each worker's heap limits. */
  resourceLimits?: ResourceLimits
}

interface PendingJob<Job, Result> {
  id: number
  job: Job
  tries: number
  resolve(result: Result): void
  reject(error: unknown): void
}

interface PoolWorker<Job, Result> {
  thread: Worker
  holding?: PendingJob<Job, Result>
  /** Jobs for this worker alone (runOnEach), given to it before the shared queue's. */
  own: PendingJob<Job, Result>[]
  /** What the thread threw, if it stopped on an uncaught error. */
  failure?: unknown
}

const closedError = (): AppError => new AppError('unexpected', words('app.closing'))

/**
 * Worker threads that run jobs one at a time each, in the order they were asked for, each
 * call with its own promise. No thread starts before the first job; an idle one does not keep
 * the process alive. A worker that stops while it holds a job (it exits, or throws where
 * nothing catches) is replaced and the job is given again, up to `attempts` times in all; a job
 * that throws is not retried, and its caller gets the same error (an AppError keeps its code).
 */
export class WorkerPool<Job, Result> {
  private readonly queue: PendingJob<Job, Result>[] = []
  private readonly workers = new Set<PoolWorker<Job, Result>>()
  private readonly attempts: number
  private nextId = 0
  private closed = false
  private workerData?: { value: unknown }

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error(`A worker pool needs at least one worker, not ${options.size}.`)
    this.attempts = options.attempts ?? 3
  }

  get size(): number {
    return this.options.size
  }

  run(job: Job): Promise<Result> {
    if (this.closed) return Promise.reject(closedError())
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, tries: 0, resolve, reject })
      this.dispatch()
    })
  }

  /**
   * The same job on every worker of the pool, starting those not yet running: each answer, in
   * no particular order. A job that only warms a worker (its code, its caches) warms them all,
   * which giving it to whichever is idle cannot promise. A worker that stops before its turn
   * leaves its job to any worker.
   */
  runOnEach(job: Job): Promise<Result[]> {
    if (this.closed) return Promise.reject(closedError())
    while (this.workers.size < this.size) this.startWorker()
    const answers = Promise.all(
      [...this.workers].map((worker) => new Promise<Result>((resolve, reject) => worker.own.push({ id: this.nextId++, job, tries: 0, resolve, reject })))
    )
    this.dispatch()
    return answers
  }

  /** Stops every worker; jobs not yet answered fail. */
  async close(): Promise<void> {
    this.closed = true
    const waiting = [...this.queue.splice(0), ...[...this.workers].flatMap(({ own }) => own.splice(0))]
    for (const pending of waiting) pending.reject(closedError())
    await Promise.all([...this.workers].map(({ thread }) => thread.terminate()))
  }

  /** Gives waiting jobs to idle workers, each its own jobs first, starting workers up to the pool's size. */
  private dispatch(): void {
    if (this.closed) return
    for (const worker of this.workers) {
      while (!worker.holding && worker.own.length > 0) this.give(worker, worker.own.shift() as PendingJob<Job, Result>)
    }
    while (this.queue.length > 0) {
      const worker = [...this.workers].find(({ holding }) => !holding) ?? (this.workers.size < this.size ? this.startWorker() : undefined)
      if (!worker) return
      this.give(worker, this.queue.shift() as PendingJob<Job, Result>)
    }
  }

  private give(worker: PoolWorker<Job, Result>, pending: PendingJob<Job, Result>): void {
    try {
      worker.thread.postMessage({ id: pending.id, job: pending.job } satisfies JobRequest<Job>)
    } catch (error) {
      // A job that cannot be copied to a thread (not plain data) fails alone.
      pending.reject(error)
      return
    }
    worker.holding = pending
    pending.tries += 1
    // A worker holding a job keeps the process alive until it answers.
    worker.thread.ref()
  }

  private startWorker(): PoolWorker<Job, Result> {
    this.workerData ??= { value: this.options.workerData?.() }
    const thread = new Worker(this.options.workerFile, { workerData: this.workerData.value, resourceLimits: this.options.resourceLimits })
    const worker: PoolWorker<Job, Result> = { thread, own: [] }
    thread.unref()
    thread.on('message', (answer: JobAnswer<Result>) => this.answered(worker, answer))
    thread.on('error', (error) => (worker.failure = error))
    thread.on('exit', () => this.stopped(worker))
    this.workers.add(worker)
    return worker
  }

  private answered(worker: PoolWorker<Job, Result>, answer: JobAnswer<Result>): void {
    const pending = worker.holding
    if (!pending || pending.id !== answer.id) return
    worker.holding = undefined
    worker.thread.unref()
    if (answer.ok) pending.resolve(answer.result)
    else pending.reject(errorFromThread(answer.error))
    this.dispatch()
  }

  /**
   * A worker has stopped: the job it held goes back to the front of the queue, or fails after
   * its last try, and a new worker takes the jobs waiting.
   */
  private stopped(worker: PoolWorker<Job, Result>): void {
    this.workers.delete(worker)
    this.queue.unshift(...worker.own.splice(0))
    const pending = worker.holding
    worker.holding = undefined
    if (pending && this.closed) {
      pending.reject(closedError())
    } else if (pending && pending.tries < this.attempts) {
      this.queue.unshift(pending)
    } else if (pending) {
      if (worker.failure) console.error('A worker stopped on an uncaught error:', worker.failure)
      pending.reject(new AppError('unexpected', this.options.failureMessage()))
    }
    this.dispatch()
  }
}
