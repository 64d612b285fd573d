import { describe, expect, it } from 'vitest'
import { RegisterGate } from '../../src/main/api/register-gate'

// While the register moves to or from the clinic's server, no change may land in the register
// being left behind: the gate refuses calls, and the move starts only when those under way end.

const answer = { ok: true as const, value: 'saved' }

describe('the register gate', () => {
  it('closes only once the calls under way have ended, then refuses every call in words, until opened', async () => {
    const gate = new RegisterGate()
    let finishSave: () => void = () => undefined
    const save = gate.through(() => new Promise((resolve) => (finishSave = () => resolve(answer))))

    let closed = false
    const closing = gate.close('The register is being moved, so nothing was saved.').then(() => (closed = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(closed).toBe(false)
    // Meanwhile a new call is refused at once, and never runs.
    let ran = false
    expect(await gate.through(async () => ((ran = true), answer))).toEqual({
      ok: false,
      error: { code: 'database_busy', message: 'The register is being moved, so nothing was saved.' }
    })
    expect(ran).toBe(false)

    finishSave()
    expect(await save).toEqual(answer)
    await closing
    expect(closed).toBe(true)

    gate.open()
    expect(await gate.through(async () => answer)).toEqual(answer)
  })

  it('closes at once when nothing is under way', async () => {
    const gate = new RegisterGate()
    await gate.close('moving')
    expect(await gate.through(async () => answer)).toMatchObject({ ok: false })
  })
})
