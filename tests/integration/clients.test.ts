import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { setWordsLanguage } from '../../src/shared/words/words-language'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

const zoe = {
  givenName: 'Zoë',
  familyName: 'Łukasiewicz',
  dateOfBirth: '1990-02-28',
  phone: '+44 7700 900123',
  email: 'zoe@example.com',
  skinType: 'III' as const,
  language: 'fr' as const,
  notes: 'Allergic to lidocaine.'
}

describe('the client register', () => {
  it('creates a client with a ULID and every field, and reads it back', async () => {
    const created = await register.ok('clients.create', zoe)
    expect(created.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    // The phone as E.164, whatever way it was typed.
    expect(created).toMatchObject({ ...zoe, phone: '+447700900123', archived: false })
    expect(await register.ok('clients.get', { id: created.id })).toEqual(created)
  })

  it('stores optional fields left blank as empty', async () => {
    const created = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva', phone: ' ', email: '' })
    expect(created).toMatchObject({ phone: null, email: null, dateOfBirth: null, skinType: null, language: 'en', notes: '' })
  })

  it('refuses an edit made over a version another desk has since saved, naming who and when, and saves nothing', async () => {
    const created = await register.ok('clients.create', zoe)
    await register.ok('clients.update', { id: created.id, fields: { ...zoe, phone: '+44 7700 900999' }, version: created.version })
    const before = await register.snapshot()
    const stale = await register.call('clients.update', { id: created.id, fields: { ...zoe, familyName: 'Nowak' }, version: created.version })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!stale.ok) expect(stale.error.message).toMatch(/^Changed at another desk by Test desk at \d{1,2} \w{3} \d{4}, \d{2}:\d{2}\. Nothing was saved/)
    expect(await register.snapshot()).toEqual(before)
    const missing = await register.call('clients.update', { id: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX', fields: zoe, version: 1 })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it("tells the desk of a stale edit, a missing client and a refused field in the desk's language", async () => {
    const created = await register.ok('clients.create', zoe)
    await register.ok('clients.update', { id: created.id, fields: { ...zoe, phone: '+44 7700 900999' }, version: created.version })
    const staleIn = async (language: 'es' | 'fr' | 'de') => {
      setWordsLanguage(language)
      const stale = await register.call('clients.update', { id: created.id, fields: { ...zoe, familyName: 'Nowak' }, version: created.version })
      return stale.ok ? '' : stale.error.message
    }
    try {
      expect(await staleIn('es')).toMatch(/^Modificado en otro puesto por Test desk el .+\. No se ha guardado nada: sus cambios siguen en el formulario/)
      expect(await staleIn('fr')).toMatch(/^Modifié sur un autre poste par Test desk le .+\. Rien n’a été enregistré/)
      expect(await staleIn('de')).toMatch(/^An einem anderen Platz von Test desk am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} geändert\. Es wurde nichts gespeichert/)
      const missing = await register.call('clients.get', { id: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX' })
      expect(missing).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'Im Register gibt es keine Kundin und keinen Kunden mit der ID 01JDK9Z5R8W3V6Y2T4Q7N1M0PX.' }
      })
      const refused = await register.call('clients.create', { ...zoe, givenName: '' })
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { givenName: 'Bitte geben Sie den Vornamen der Kundin oder des Kunden ein.' } }
      })
    } finally {
      setWordsLanguage('en')
    }
  })

  it('updates a client and finds them by the new name only', async () => {
    const created = await register.ok('clients.create', zoe)
    const updated = await register.ok('clients.update', { id: created.id, fields: { ...zoe, familyName: 'Nowak' }, version: created.version })
    expect(updated.familyName).toBe('Nowak')
    expect(updated.version).toBe(created.version + 1)
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    expect(await register.ok('clients.search', { query: 'nowak' })).toHaveLength(1)
    expect(await register.ok('clients.search', { query: 'lukasiewicz' })).toHaveLength(0)
  })

  it('archives and unarchives; lists leave archived clients out unless asked', async () => {
    const kept = await register.ok('clients.create', { givenName: 'Kept', familyName: 'Client' })
    const archived = await register.ok('clients.create', { givenName: 'Gone', familyName: 'Client' })
    expect((await register.ok('clients.setArchived', { id: archived.id, archived: true })).archived).toBe(true)
    expect((await register.ok('clients.list', {})).map((c) => c.id)).toEqual([kept.id])
    expect((await register.ok('clients.list', { includeArchived: true })).map((c) => c.id).sort()).toEqual(
      [kept.id, archived.id].sort()
    )
    expect(await register.ok('clients.count', { includeArchived: false })).toBe(1)
    expect(await register.ok('clients.count', { includeArchived: true })).toBe(2)
    await register.ok('clients.setArchived', { id: archived.id, archived: false })
    expect(await register.ok('clients.list', {})).toHaveLength(2)
    expect(await register.ok('clients.count', { includeArchived: false })).toBe(2)
  })

  it('keeps the SQL-looking text in notes as plain text', async () => {
    const created = await register.ok('clients.create', { ...zoe, notes: "Robert'); DROP TABLE clients;--" })
    expect((await register.ok('clients.get', { id: created.id })).notes).toBe("Robert'); DROP TABLE clients;--")
    expect(await register.ok('clients.list', {})).toHaveLength(1)
  })

  it('stores right-to-left and other scripts exactly as typed', async () => {
    for (const [givenName, familyName] of [
      ['عائشة', 'الحسيني'],
      ['שָׁרָה', 'כהן'],
      ['小明', '王'],
      ['Ngọc Ánh', 'Nguyễn']
    ] as const) {
      const created = await register.ok('clients.create', { givenName, familyName })
      expect(await register.ok('clients.get', { id: created.id })).toMatchObject({ givenName, familyName })
    }
  })
})

describe('typed errors', () => {
  it('answers not_found for an unknown client, with a message for the desk', async () => {
    const result = await register.call('clients.get', { id: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No client with id 01JDK9Z5R8W3V6Y2T4Q7N1M0PX is in the register.' }
    })
    expect((await register.call('clients.setArchived', { id: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX', archived: true })).ok).toBe(false)
  })

  it('answers invalid_input with one message per field', async () => {
    const result = await register.call('clients.create', { givenName: '', familyName: 'x'.repeat(101), email: 'nope' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid_input')
    expect(result.error.fields).toEqual({
      givenName: "Enter the client's first name.",
      familyName: 'The family name can be at most 100 characters.',
      email: 'Enter an email address like name@example.com.'
    })
    expect(result.error.message).toContain("Enter the client's first name.")
  })

  it('answers forbidden for a call that is not in the contract', async () => {
    const { dispatch } = await import('../../src/main/api/dispatch')
    const result = await dispatch(register.table, 'clients.dropEverything', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('answers invalid_input for input of the wrong shape altogether', async () => {
    const { dispatch } = await import('../../src/main/api/dispatch')
    for (const input of [null, 42, 'Zoë', [], { givenName: 7 }]) {
      const result = await dispatch(register.table, 'clients.create', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
  })
})

describe('bad input leaves the register exactly as it was', () => {
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10)
  const badClients: [string, Record<string, unknown>][] = [
    ['an empty name', { givenName: '' }],
    ['a whitespace-only name', { givenName: '   ' }],
    ['a 101-character name', { familyName: 'a'.repeat(101) }],
    ['30 February', { dateOfBirth: '1990-02-30' }],
    ['a date of birth tomorrow', { dateOfBirth: tomorrow }],
    ['a 5,001-character note', { notes: 'n'.repeat(5001) }],
    ['SQL in a name', { familyName: "Robert'); DROP TABLE clients;--" }],
    ['an emoji name', { givenName: '💉' }],
    ['a right-to-left override in a name', { givenName: '\u202Eanna' }]
  ]

  it.each(badClients)('on create: %s', async (_case, fields) => {
    await register.ok('clients.create', zoe)
    const before = await register.snapshot()
    const result = await register.call('clients.create', { ...zoe, ...fields } as typeof zoe)
    expect(result.ok).toBe(false)
    expect(await register.snapshot()).toEqual(before)
  })

  it.each(badClients)('on update: %s', async (_case, fields) => {
    const created = await register.ok('clients.create', zoe)
    const before = await register.snapshot()
    const result = await register.call('clients.update', { id: created.id, fields: { ...zoe, ...fields } as typeof zoe, version: created.version })
    expect(result.ok).toBe(false)
    expect(await register.snapshot()).toEqual(before)
  })

  it.each([0, -1, 3.01, 'abc'])('on recording a treatment with depth %s', async (depthMm) => {
    const client = await register.ok('clients.create', zoe)
    const before = await register.snapshot()
    const result = await register.call('treatments.create', {
      clientId: client.id,
      performedAt: '2026-11-20T14:30',
      timeZone: 'Europe/London',
      zones: [
        { zone: 'forehead', depthMm: 0.5 },
        { zone: 'cheeks', depthMm: depthMm as number }
      ]
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await register.snapshot()).toEqual(before)
  })
})
