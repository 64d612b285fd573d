import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../src/shared/aftercare/default-protocol'
import type { AftercareProtocol } from '../../src/shared/aftercare/protocol'
import { readPdf } from '../support/pdf-read-back'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { setWordsLanguage } from '../../src/shared/words/words-language'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(async () => {
  setWordsLanguage('en')
  await register.close()
})

/** The default protocol with the very deep band's retinoid pause set to `days`. */
function withVeryDeepRetinoids(days: number): AftercareProtocol {
  const protocol = structuredClone(DEFAULT_PROTOCOL)
  const veryDeep = protocol.bands.at(-1)
  if (!veryDeep) throw new Error('The default protocol has no bands.')
  veryDeep.timings.retinoids = { amount: days, unit: 'days' }
  return protocol
}

async function veryDeepTreatment() {
  const client = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
  return register.ok('treatments.create', {
    clientId: client.id,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/London',
    zones: [{ zone: 'cheeks', depthMm: 2.5 }]
  })
}

describe('protocol versions', () => {
  it('refuse a version number no register column can hold, in plain words, on either engine', async () => {
    // Found by the hostile-input run: on PostgreSQL, 2^31 failed as an "unexpected" error.
    for (const call of [register.call('protocol.compare', { from: 2 ** 31, to: 1 }), register.call('protocol.get', { version: 2 ** 31 })]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'There is no protocol version that high.' } })
    }
    const client = await register.ok('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    const stale = await register.call('clients.update', { id: client.id, fields: { givenName: 'Bea', familyName: 'Lima' }, version: 2 ** 31 })
    expect(stale).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'That version of the client does not exist.' } })
  })

  it('start with the shipped default as version 1', async () => {
    const current = await register.ok('protocol.current', {})
    expect(current).toMatchObject({ version: 1, createdBy: 'Aftercare Desk' })
    expect(current.protocol).toEqual(DEFAULT_PROTOCOL)
  })

  it("say the shipped version's note in the desk's language when read, whatever language it was stored in", async () => {
    // Made while the desk was in English, as every register made before the notes were worded was.
    await register.ok('protocol.current', {})
    await register.ok('screening.current', {})
    await register.ok('consent.current', {})
    setWordsLanguage('es')
    expect(await register.ok('protocol.versions', {})).toMatchObject([{ version: 1, note: 'El protocolo predeterminado que incluye Aftercare Desk' }])
    setWordsLanguage('de')
    expect(await register.ok('screening.versions', {})).toMatchObject([{ version: 1, note: 'Der mit Aftercare Desk gelieferte Standardfragebogen' }])
    expect(await register.ok('consent.current', {})).toMatchObject({ version: 1, note: 'Das mit Aftercare Desk gelieferte Einwilligungsformular' })
    // A note someone wrote stays as they wrote it.
    await register.ok('protocol.save', { protocol: withVeryDeepRetinoids(21), note: 'Longer pause', createdBy: 'Dr Okafor' })
    expect((await register.ok('protocol.versions', {})).map((version) => version.note)).toEqual(['Longer pause', 'Das mit Aftercare Desk gelieferte Standardprotokoll'])
  })

  it('save a new version with who, when and a note, newest first', async () => {
    const saved = await register.ok('protocol.save', {
      protocol: withVeryDeepRetinoids(21),
      note: 'Longer retinoid pause after very deep treatments',
      createdBy: 'Dr Okafor'
    })
    expect(saved).toMatchObject({ version: 2, note: 'Longer retinoid pause after very deep treatments', createdBy: 'Dr Okafor' })
    expect((await register.ok('protocol.versions', {})).map((version) => version.version)).toEqual([2, 1])
  })

  it.each([
    ['a deeper band with a shorter timing', () => withVeryDeepRetinoids(3), /A deeper treatment needs at least as long/],
    [
      'overlapping bands',
      () => {
        const protocol = structuredClone(DEFAULT_PROTOCOL)
        ;(protocol.bands[1] as { overMm: number }).overMm = 0.4
        return protocol
      },
      /overlap|gap/i
    ],
    [
      'an empty sentence',
      () => {
        const protocol = structuredClone(DEFAULT_PROTOCOL)
        protocol.texts.en.tips.items[0] = '  '
        return protocol
      },
      /can't be empty/
    ]
  ])('refuse %s with a clear message, saving nothing', async (_case, make, message) => {
    const result = await register.call('protocol.save', { protocol: make(), createdBy: 'Dr Okafor' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.message).toMatch(message)
    }
    expect(await register.ok('protocol.versions', {})).toHaveLength(1)
  })

  it("keep an old treatment's handout byte-identical, while new handouts use the new timings", async () => {
    const treatment = await veryDeepTreatment()
    const before = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    const oldRetinoids = (await register.ok('aftercare.plan', { treatmentId: treatment.id })).milestones.find(
      (milestone) => milestone.key === 'retinoids'
    )
    await register.ok('protocol.save', { protocol: withVeryDeepRetinoids(21), createdBy: 'Dr Okafor' })

    const reprint = await register.ok('handouts.reprint', { entryId: before.entry.id, producedBy: 'Reception' })
    expect(Buffer.from(reprint.bytes).equals(Buffer.from(before.bytes))).toBe(true)
    expect(reprint.entry.protocolVersion).toBe(1)

    const plan = await register.ok('aftercare.plan', { treatmentId: treatment.id })
    const retinoids = plan.milestones.find((milestone) => milestone.key === 'retinoids')
    expect(oldRetinoids?.start).toBe('2026-12-04T14:30:00+00:00')
    expect(retinoids?.start).toBe('2026-12-11T14:30:00+00:00')
    const fresh = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(fresh.entry.protocolVersion).toBe(2)
    expect((await readPdf(fresh.bytes)).text).toContain('From Friday 11 December, 14:30')
  })

  it('restore the shipped defaults as a new version, and show what changed between versions', async () => {
    await register.ok('protocol.save', { protocol: withVeryDeepRetinoids(21), createdBy: 'Dr Okafor' })
    const restored = await register.ok('protocol.restoreDefaults', { createdBy: 'Dr Okafor' })
    expect(restored).toMatchObject({ version: 3, note: 'Restored the shipped defaults' })
    expect(restored.protocol).toEqual(DEFAULT_PROTOCOL)
    expect(await register.ok('protocol.compare', { from: 1, to: 2 })).toEqual([
      { path: 'bands.3.timings.retinoids.amount', kind: 'changed', before: 14, after: 21 }
    ])
    expect(await register.ok('protocol.compare', { from: 1, to: 3 })).toEqual([])
    const audit = await register.ok('audit.list', { action: 'update' })
    expect(audit.filter((entry) => entry.subjectType === 'protocol')).toHaveLength(2)
  })

  it('preview a draft as a handout for a sample treatment, without logging it', async () => {
    const { bytes } = await register.ok('protocol.preview', { protocol: withVeryDeepRetinoids(21), depthMm: 2.5 })
    const pdf = await readPdf(bytes)
    expect(pdf.text).toContain('Alex Sample')
    expect(pdf.pages).toBeLessThanOrEqual(2)
    expect(await register.ok('audit.list', { action: 'print' })).toEqual([])
  })

  it('preview the sample patient, their practitioner and device in the language the preview is drawn in', async () => {
    const { bytes } = await register.ok('protocol.preview', { protocol: DEFAULT_PROTOCOL, depthMm: 1, language: 'de' })
    const { text } = await readPdf(bytes)
    for (const german of ['Erika Mustermann', 'Ihre behandelnde Fachkraft', 'Microneedling-Pen']) expect(text).toContain(german)
    for (const english of ['Alex Sample', 'Your practitioner', 'Microneedling pen']) expect(text).not.toContain(english)
  })
})
