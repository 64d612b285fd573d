import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { CliFailure } from './cli-failure'

/**
 * A new PIN for `staff add` and `staff set-pin`: from AFTERCARE_NEW_PIN, else asked twice on
 * the terminal without showing it. Never a command-line argument, which the shell's history
 * and the process list would keep.
 */
export async function readNewPin(forWhom: string): Promise<string> {
  const fromEnvironment = process.env.AFTERCARE_NEW_PIN
  if (fromEnvironment) return fromEnvironment
  if (!process.stdin.isTTY) {
    throw new CliFailure(`Give ${forWhom}'s new PIN in AFTERCARE_NEW_PIN, or run this in a terminal to be asked for it.`)
  }
  const first = await askHidden(`New PIN for ${forWhom} (4 to 8 digits): `)
  const again = await askHidden('The same PIN again: ')
  if (first !== again) throw new CliFailure('The two PINs differ, so nothing was changed.')
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
