import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { StepName } from './step'

/**
 * Runs one measurement step in a fresh Node process, so that a cold start is really cold
 * and one step's memory never counts against another's, and returns what it measured.
 */
export function runStep<T>(step: StepName, args: object = {}): Promise<T> {
  const file = fileURLToPath(new URL('./step.ts', import.meta.url))
  return new Promise((resolve, reject) => {
    const child = fork(file, [step, JSON.stringify(args)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    let answer: { ok: true; value: T } | { ok: false; error: string } | undefined
    child.on('message', (message) => (answer = message as typeof answer))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (answer?.ok) resolve(answer.value)
      else reject(new Error(`bench step ${step} failed (exit ${code}): ${answer && !answer.ok ? answer.error : 'no answer'}`))
    })
  })
}
