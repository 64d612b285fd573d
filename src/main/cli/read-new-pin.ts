import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { CliFailure } from './cli-failure'
import { words } from '@shared/words/words'

/**
 * A new PIN for `staff add` and `staff set-pin`: from AFTERCARE_NEW_PIN, else asked twice on
 * the terminal without showing it. Never a command-line argument, which the shell's history
 * and the process list would keep.
 */
export async function readNewPin(forWhom: string): Promise<string> {
  const fromEnvironment = process.env.AFTERCARE_NEW_PIN
  if (fromEnvironment) return fromEnvironment
  if (!process.stdin.isTTY) {
    throw new CliFailure(words('cli.newPinNeeded', { name: forWhom }))
  }
  const first = await askHidden(words('cli.newPinPrompt', { name: forWhom }))
  const again = await askHidden(words('cli.newPinAgain'))
  if (first !== again) throw new CliFailure(words('cli.pinsDiffer'))
  return first
}

async function askHidden(question: string): Promise<string> {
  process.stderr.write(question)
  // What is typed goes nowhere: the terminal shows nothing of the PIN.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() })
  const reader = createInterface({ input: process.stdin, output: silent, terminal: true })
  try {
    return (await reader.question('')).trim()
  } finally {
    reader.close()
    process.stderr.write('\n')
  }
}
