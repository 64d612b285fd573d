import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../src/main/api/app-error'
import { WorkerPool } from '../../src/main/handouts/render-pool/worker-pool'
import { renderPoolSize } from '../../src/main/handouts/render-pool/render-pool'

type TestJob =
  | { do: 'answer'; value: number; waitMs?: number }
  | { do: 'refuse' | 'fail'; message: string }
  | { do: 'crash' | 'exit'; value?: number; once?: string }
type Answer = { value: number; threadId: number }

const FAILURE = 'The test job could not be done.'
const pools: WorkerPool<TestJob, Answer>[] = []
const dirs: string[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()))
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function testPool(size: number): WorkerPool<TestJob, Answer> {
  const pool = new WorkerPool<TestJob, Answer>({ workerFile: new URL('../support/pool-test-worker.mjs', import.meta.url), size, failureMessage: () => FAILURE })
  pools.push(pool)
  return pool
}

function onceFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-pool-'))
  dirs.push(dir)
  return join(dir, 'crashed-once')
}

describe('the worker pool', () => {
  it('answers each call with its own result, in the order asked, on at most `size` threads', async () => {
    const pool = testPool(2)
    const answers = await Promise.all(Array.from({ length: 12 }, (_, value) => pool.run({ do: 'answer', value, waitMs: (value * 7) % 5 })))
    expect(answers.map(({ value }) => value)).toEqual(Array.from({ length: 12 }, (_, value) => value))
    expect(new Set(answers.map(({ threadId }) => threadId)).size).toBe(2)
  })

  it('starts no thread before the first job, and only as many as the jobs waiting need', async () => {
    const pool = testPool(4)
    const first = await pool.run({ do: 'answer', value: 1 })
    const second = await pool.run({ do: 'answer', value: 2 })
    expect(second.threadId).toBe(first.threadId)
  })

  it("gives a job's error to its caller alone: an AppError keeps its code, message and fields", async () => {
    const pool = testPool(1)
    const [refused, failed, answered] = await Promise.allSettled([
      pool.run({ do: 'refuse', message: 'That name cannot be printed.' }),
      pool.run({ do: 'fail', message: 'out of range' }),
      pool.run({ do: 'answer', value: 7 })
    ])
    expect(refused.status === 'rejected' && refused.reason).toBeInstanceOf(AppError)
    expect(refused.status === 'rejected' && refused.reason).toMatchObject({ code: 'invalid_input', message: 'That name cannot be printed.', fields: { name: 'That name cannot be printed.' } })
    expect(failed.status === 'rejected' && failed.reason).toMatchObject({ name: 'RangeError', message: 'out of range' })
    expect(failed.status === 'rejected' && (failed.reason as Error).stack).toContain('pool-test-worker')
    expect(answered.status === 'fulfilled' && answered.value.value).toBe(7)
  })

  it('fails a job that is not plain data without sending it, and goes on', async () => {
    const pool = testPool(1)
    const notData = { do: 'answer', value: 1, then: () => undefined } as unknown as TestJob
    await expect(pool.run(notData)).rejects.toMatchObject({ name: 'DataCloneError' })
    expect((await pool.run({ do: 'answer', value: 2 })).value).toBe(2)
  })

  it('replaces a thread that stops on an uncaught error while it holds a job, and does the job again', async () => {
    const pool = testPool(1)
    const [crashed, after] = await Promise.all([pool.run({ do: 'crash', value: 5, once: onceFile() }), pool.run({ do: 'answer', value: 6 })])
    expect(crashed.value).toBe(5)
    expect(after.value).toBe(6)
  })

  it('replaces a thread that exits while it holds a job, and does the job again', async () => {
    const pool = testPool(2)
    expect((await pool.run({ do: 'exit', value: 9, once: onceFile() })).value).toBe(9)
  })

  it('fails a job in plain words after its third thread stops, and goes on with the others', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const pool = testPool(2)
    const [crashing, exiting, fine] = await Promise.allSettled([pool.run({ do: 'crash' }), pool.run({ do: 'exit' }), pool.run({ do: 'answer', value: 1 })])
    expect(crashing).toMatchObject({ status: 'rejected', reason: { code: 'unexpected', message: FAILURE } })
    expect(exiting).toMatchObject({ status: 'rejected', reason: { code: 'unexpected', message: FAILURE } })
    expect(fine).toMatchObject({ status: 'fulfilled', value: { value: 1 } })
    expect(errors).toHaveBeenCalledWith('A worker stopped on an uncaught error:', expect.any(Error))
    errors.mockRestore()
  })

  it('runs a job on every worker, starting those not yet running, even with one worker already warm and idle', async () => {
    const pool = testPool(3)
    const warm = await pool.run({ do: 'answer', value: 0 })
    const answers = await pool.runOnEach({ do: 'answer', value: 1 })
    expect(answers.map(({ value }) => value)).toEqual([1, 1, 1])
    const threads = answers.map(({ threadId }) => threadId)
    expect(new Set(threads).size).toBe(3)
    expect(threads).toContain(warm.threadId)
  })

  it("gives a worker's own job to another when that worker stops before its turn", async () => {
    const pool = testPool(2)
    const busy = pool.run({ do: 'exit', once: onceFile(), value: 4 })
    const [onEach, queued] = await Promise.all([pool.runOnEach({ do: 'answer', value: 5 }), pool.run({ do: 'answer', value: 6 }), busy])
    expect(onEach.map(({ value }) => value)).toEqual([5, 5])
    expect(queued.value).toBe(6)
  })

  it('refuses jobs once closed, and fails those under way', async () => {
    const pool = testPool(1)
    const calls = Promise.allSettled([pool.run({ do: 'answer', value: 1, waitMs: 5000 }), pool.run({ do: 'answer', value: 2 }), pool.runOnEach({ do: 'answer', value: 3 })])
    await new Promise((resolve) => setTimeout(resolve, 50))
    await pool.close()
    const closing = { status: 'rejected', reason: { code: 'unexpected', message: 'The app is closing, so this was not finished.' } }
    expect(await calls).toMatchObject([closing, closing, closing])
    await expect(pool.run({ do: 'answer', value: 3 })).rejects.toMatchObject(closing.reason)
  })

  it('is sized one worker per core, at least one and at most four', () => {
    expect([0, 1, 2, 3, 4, 16].map((cores) => renderPoolSize(cores))).toEqual([1, 1, 2, 3, 4, 4])
  })
})
