// A worker for the WorkerPool's own tests: it answers jobs that say what to do, through the
// pool's real worker side (answerJobs), loaded from the sources as render-worker-from-source.mjs does.
import { existsSync, writeFileSync } from 'node:fs'
import { threadId } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { answerJobs } = await import('../../src/main/handouts/render-pool/worker-side.ts')
const { AppError } = await import('../../src/main/api/app-error.ts')

answerJobs(async (job) => {
  if (job.waitMs) await new Promise((resolve) => setTimeout(resolve, job.waitMs))
  switch (job.do) {
    case 'answer':
      return { value: job.value, threadId }
    case 'refuse':
      throw new AppError('invalid_input', job.message, { name: job.message })
    case 'fail':
      throw new RangeError(job.message)
    // Stops the thread as a crash would, the first time only when `once` names a file not yet there.
    case 'crash':
    case 'exit':
      if (job.once && existsSync(job.once)) return { value: job.value, threadId }
      if (job.once) writeFileSync(job.once, '')
      if (job.do === 'exit') process.exit(3)
      setImmediate(() => {
        throw new Error('The test worker crashed on purpose.')
      })
      return new Promise(() => {})
  }
  throw new Error(`No such test job: ${job.do}`)
})
