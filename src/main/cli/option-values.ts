import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { CliFailure } from './cli-failure'
import { words, type WordId } from '@shared/words/words'
import { whyNotSaved } from './why-not-saved'

/** Reading the admin CLI's option values, and writing the files its commands save. */

export function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
}

/** The one positional a command takes; `missing` says what to give when there is not exactly one. */
export function onePositional(positionals: string[], missing: WordId): string {
  if (positionals.length !== 1) throw new CliFailure(words(missing))
  return positionals[0] as string
}

/** Why a JSON file could not be read: the first line of the parser's own words. */
export function unreadableBecause(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : words('cli.unreadable')
}

export function wholeNumber(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) {
    throw new CliFailure(words('cli.wholeNumber', { option, value: String(value) }))
  }
  return number
}


/** Written beside and renamed, so a script never finds half a file. */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const partial = `${path}.${process.pid}.partial`
  try {
    writeFileSync(partial, bytes)
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { force: true })
    throw new CliFailure(words('cli.couldNotSave', { file: path, reason: whyNotSaved(error) }))
  }
}
