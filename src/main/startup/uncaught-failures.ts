import type { CrashLog } from './crash-log'

/** At most one message a minute: a failure that repeats must not bury the desk in dialogs. */
const QUIET_MS = 60_000

/**
 * Catches, in one place for the whole main process, any exception or rejection that no code
 * handled: it is written to the crash log and the person at the desk is told in plain words.
 * The app carries on: every change to the register is one transaction, so a failure in the
 * middle of one left nothing half-saved.
 */
export function catchUncaughtFailures(log: CrashLog, tellTheDesk: () => void, now: () => number = Date.now): void {
  let lastToldAt = Number.NEGATIVE_INFINITY
  const handle = (context: string) => (error: unknown) => {
    log.write(context, error)
    if (now() - lastToldAt < QUIET_MS) return
    lastToldAt = now()
    try {
      tellTheDesk()
    } catch {
      // Telling failed too (no display, say); the log has it.
    }
  }
  process.on('uncaughtException', handle('uncaught exception'))
  process.on('unhandledRejection', handle('unhandled rejection'))
}
