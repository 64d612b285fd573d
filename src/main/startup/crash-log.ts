import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/** Past this size the log is rotated, so it never holds more than about twice this. */
const ROTATE_AT_BYTES = 512 * 1024

/**
 * The main process's record of failures, for the clinic's IT support: when, in which part of
 * the app, what kind of error and where in the code. Never an error's message: a message can
 * quote a patient's record (a value in a refused row, a name in a file). At 512 KB the log
 * becomes `main.old.log`, replacing the previous one.
 */
export class CrashLog {
  constructor(
    readonly file: string,
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  /** Appends one failure. Never throws: the folder may be read-only or the disk full. */
  write(context: string, error: unknown): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true })
      this.rotateIfFull()
      const heading = `${this.now().toISOString()} Aftercare Desk ${this.appVersion}, ${context}: ${describeKind(error)}`
      appendFileSync(this.file, [heading, ...stackFrames(error), ''].join('\n'))
    } catch {
      // Nowhere left to write it; the person is still told (see uncaught-failures.ts).
    }
  }

  private rotateIfFull(): void {
    let size: number
    try {
      size = statSync(this.file).size
    } catch {
      return
    }
    if (size >= ROTATE_AT_BYTES) renameSync(this.file, this.file.replace(/\.log$/, '.old.log'))
  }
}

/** The error's class and code ("SqliteError SQLITE_CORRUPT", "DatabaseOpenError damaged"): no message. */
function describeKind(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`
  const details = error as Error & { code?: unknown; reason?: unknown }
  const code = details.code ?? details.reason
  return typeof code === 'string' ? `${error.name} ${code}` : error.name
}

/** The "at ..." lines of the stack: where in the code, without the message above them. */
function stackFrames(error: unknown): string[] {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return []
  return error.stack.split('\n').filter((line) => /^\s+at /.test(line))
}
