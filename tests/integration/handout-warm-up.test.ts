import { afterEach, describe, expect, it } from 'vitest'
import { warmUpHandouts } from '../../src/main/handouts/warm-up'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { openTempRegister, type TempRegister } from '../support/temp-register'

const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

describe('the start-up warm-up of the handout renderer', () => {
  // First in the file, which vitest runs in a process of its own: the handouts before the
  // warm-up are made by a cold renderer.
  it('does not change what a handout looks like: one made before it reprints byte for byte after it', async () => {
    const register = await openTempRegister()
    registers.push(register)
    await register.ok('settings.update', HARBOUR_CLINIC)
    const treatments = await Promise.all(
      ['es', 'fr'].map((language, index) =>
        recordStandardTreatment(register, { givenName: 'Ana', familyName: `Silva ${'I'.repeat(index + 1)}`, language: language as 'es' | 'fr' })
      )
    )
    const before = await Promise.all(
      treatments.map(({ id }) => register.ok('handouts.produce', { treatmentId: id, producedBy: 'Reception' }))
    )
    await warmUpHandouts(register.table)
    for (const original of before) {
      const reprint = await register.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
      expect(Buffer.from(reprint.bytes).equals(Buffer.from(original.bytes))).toBe(true)
    }
  })

  it('leaves no trace in the register: no handout logged, nothing audited', async () => {
    const register = await openTempRegister()
    registers.push(register)
    await register.ok('settings.update', HARBOUR_CLINIC)
    await recordStandardTreatment(register, { givenName: 'Ana', familyName: 'Silva' })
    await register.ok('protocol.current', {}) // a new register stores the shipped protocol on first use
    const before = await register.snapshot()
    await warmUpHandouts(register.table)
    expect(await register.snapshot()).toEqual(before)
  })

  it('fails quietly: a register it cannot read leaves the desk as it was', async () => {
    const register = await openTempRegister()
    registers.push(register)
    await register.database.close()
    await expect(warmUpHandouts(register.table)).resolves.toBeUndefined()
    registers.pop()
  })
})
