import type { CallResult } from '@shared/contract/errors'

/**
 * The window's way into the register, which a move to or from the server closes. A copy reads
 * one snapshot of the register; a change saved after it would be left behind in the register
 * the desk is leaving, so while a move runs every call is refused, and the move starts only
 * once the calls already under way have ended.
 */
export class RegisterGate {
  private running = 0
  private readonly waitingForQuiet: (() => void)[] = []
  private closedBecause: string | undefined

  async through(call: () => Promise<CallResult<unknown>>): Promise<CallResult<unknown>> {
    if (this.closedBecause) return { ok: false, error: { code: 'database_busy', message: this.closedBecause } }
    this.running++
    try {
      return await call()
    } finally {
      this.running--
      if (this.running === 0) for (const resume of this.waitingForQuiet.splice(0)) resume()
    }
  }

  /** Refuses every call from now on (with `because`, for the desk), once those under way have ended. */
  async close(because: string): Promise<void> {
    this.closedBecause = because
    if (this.running > 0) await new Promise<void>((resume) => this.waitingForQuiet.push(resume))
  }

  open(): void {
    this.closedBecause = undefined
  }
}
