import { afterEach, describe, expect, it } from 'vitest'
import { CALL_NAMES, type CallName } from '../../src/shared/contract/call-names'
import type { CallResult } from '../../src/shared/contract/errors'
import { CALL_ACCESS } from '../../src/shared/staff/call-access'
import { EN_WORDS } from '../../src/shared/words/en'
import { setWordsLanguage } from '../../src/shared/words/words-language'
import type { StaffRole } from '../../src/shared/staff/staff-member'
import { dispatch } from '../../src/main/api/dispatch'
import type { HandlerTable } from '../../src/main/api/handler-table'
import { hashPin, pinMatches } from '../../src/main/staff/pin-hash'
import { nextWaitSeconds } from '../../src/main/staff/pin-waits'
import { callsOf, deskHandlerTable, openTempRegister, type TempRegister } from '../support/temp-register'

// Who is at the desk, on either engine: the staff and their PIN waits are the register's,
// shared by every desk; who is signed in is each desk's own.

const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

const OWNER_PIN = '482913'

/** A clinic's first start at one desk: the owner created and signed in, a receptionist and a practitioner added. */
async function clinic(options: { now?: () => Date } = {}) {
  const register = await openTempRegister()
  registers.push(register)
  const clock = options.now
  const deskAt = (computer: string) =>
    deskHandlerTable(register.database, `Desk (${computer})`, clock, { whenNotSetUp: 'ask', desk: computer })
  const reception = deskAt('reception-pc')
  const desk = callsOf(reception)
  await desk.ok('desk.setUp', { signIn: 'staff', ownerName: 'Maria Lopez', pin: OWNER_PIN })
  const jo = await desk.ok('staff.create', { name: 'Jo Reyes', role: 'reception', pin: '1234' })
  const sam = await desk.ok('staff.create', { name: 'Dr Sam Cole', role: 'practitioner', pin: '5678' })
  const owner = (await desk.ok('staff.list', {})).find((member) => member.role === 'owner')
  return { register, reception, desk, deskAt, owner: owner?.id as string, jo, sam }
}

const refusal = (result: CallResult<unknown>) => (result.ok ? undefined : result.error)

describe('staff and roles', () => {
  it('every call of the contract, for every role, is allowed or refused as the one table says', async () => {
    const { reception, desk, jo, sam, owner } = await clinic()
    const pins: Record<StaffRole, { id: string; pin: string }> = {
      reception: { id: jo.id, pin: '1234' },
      practitioner: { id: sam.id, pin: '5678' },
      owner: { id: owner, pin: OWNER_PIN }
    }
    const allowed: Record<string, CallName[]> = {}
    for (const role of ['reception', 'practitioner', 'owner'] as const) {
      await desk.ok('desk.lock', { reason: 'switch' })
      await desk.ok('desk.signIn', { staffId: pins[role].id, pin: pins[role].pin })
      allowed[role] = await callsAllowed(reception, EN_WORDS['access.ownerOnly'])
    }
    await desk.ok('desk.lock', { reason: 'lock' })
    allowed.locked = await callsAllowed(reception, EN_WORDS['access.signInFirst'])

    // Written out in full, not read from CALL_ACCESS: a call moved to the wrong role fails here.
    const anyone: CallName[] = ['desk.state', 'desk.setUp', 'desk.signIn', 'desk.lock', 'app.changes']
    const ownerOnly: CallName[] = [
      'desk.updateAccess', 'staff.list', 'staff.create', 'staff.update', 'staff.setPin',
      'clients.exportData', 'clients.erase', 'clients.retention',
      'protocol.save', 'protocol.restoreDefaults', 'protocol.compare', 'protocol.preview',
      'screening.save', 'screening.restoreDefaults',
      'consent.save', 'consent.restoreDefaults',
      'settings.update', 'settings.setLogo', 'settings.removeLogo', 'settings.setRetention',
      'exports.clientsCsv', 'exports.treatmentsCsv', 'imports.previewClientsCsv', 'imports.clientsCsv',
      'audit.list', 'privacy.retentionReview', 'backups.list'
    ]
    const everyone = CALL_NAMES.filter((name) => !ownerOnly.includes(name))
    expect(allowed.owner).toEqual([...CALL_NAMES])
    expect(allowed.practitioner).toEqual(everyone)
    expect(allowed.reception).toEqual(everyone)
    expect(allowed.locked).toEqual(anyone)
    expect(CALL_NAMES.filter((name) => CALL_ACCESS[name] === 'owner')).toEqual(ownerOnly)
  })

  it('a register nobody has set up asks first: the owner, or one person working here; once only', async () => {
    const register = await openTempRegister()
    registers.push(register)
    const firstStart = deskHandlerTable(register.database, 'Desk (reception-pc)', undefined, { whenNotSetUp: 'ask' })
    const desk = callsOf(firstStart)
    expect(await desk.ok('desk.state', {})).toMatchObject({ kind: 'not set up' })
    expect(await callsAllowed(firstStart, EN_WORDS['access.setUpFirst'])).toEqual(CALL_NAMES.filter((name) => CALL_ACCESS[name] === 'anyone'))
    expect(await desk.ok('desk.setUp', { signIn: 'none' })).toMatchObject({ kind: 'open' })
    // One person works here: the app as before staff, every call open.
    expect(await callsAllowed(firstStart, EN_WORDS['access.ownerOnly'])).toEqual([...CALL_NAMES])
    expect(refusal(await desk.call('desk.setUp', { signIn: 'staff', ownerName: 'Maria Lopez', pin: OWNER_PIN }))?.code).toBe('forbidden')
    // Staff sign-in cannot be turned on without an owner who can sign in.
    expect(refusal(await desk.call('desk.updateAccess', { signIn: 'staff', idleLockMinutes: 5 }))?.message).toMatch(/Add the owner/)
    await desk.ok('staff.create', { name: 'Maria Lopez', role: 'owner', pin: OWNER_PIN })
    expect(await desk.ok('desk.updateAccess', { signIn: 'staff', idleLockMinutes: 2 })).toEqual({ signIn: 'staff', idleLockMinutes: 2 })
    expect(await desk.ok('desk.state', {})).toMatchObject({ kind: 'locked', idleLockMinutes: 2, staff: [{ name: 'Maria Lopez', role: 'owner' }] })
  })

  it('keeps PINs only as salted scrypt hashes, checked whole', async () => {
    const [first, second] = [await hashPin('1234'), await hashPin('1234')]
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(first).not.toBe(second)
    expect(await pinMatches('1234', first)).toBe(true)
    expect(await pinMatches('1234', second)).toBe(true)
    for (const wrong of ['1235', '12345', '123', '', '1234 ']) expect(await pinMatches(wrong, first)).toBe(false)
    // A stored value it cannot read, or a key cut short, is never a match (and never a throw).
    expect(await pinMatches('1234', 'plain:1234')).toBe(false)
    expect(await pinMatches('1234', first.slice(0, -8))).toBe(false)
    const { register } = await clinic()
    const stored = await register.database.db.selectFrom('staff').select(['name', 'pin_hash']).execute()
    expect(stored.map((row) => row.pin_hash).every((hash) => hash.startsWith('scrypt$') && !hash.includes('1234'))).toBe(true)
  })

  it('five wrong PINs make the person wait 30 seconds, then twice as long each time, at every desk; a right PIN ends it', async () => {
    let now = Date.parse('2026-12-05T09:00:00Z')
    const { desk, deskAt, jo, register } = await clinic({ now: () => new Date(now) })
    const room2 = callsOf(deskAt('room-2'))
    const tryPin = (at: typeof desk, pin: string) => at.call('desk.signIn', { staffId: jo.id, pin })
    await desk.ok('desk.lock', { reason: 'lock' })
    for (const left of [4, 3, 2]) expect(refusal(await tryPin(desk, '0000'))?.message).toBe(`That PIN is not right. ${left} tries left before a wait.`)
    // The count is the person's, not the desk's.
    expect(refusal(await tryPin(room2, '0000'))?.message).toBe('That PIN is not right. 1 try left before a wait.')
    expect(refusal(await tryPin(room2, '0000'))?.message).toMatch(/^Too many wrong PINs for Jo Reyes\. Try again in 30 seconds/)
    // Waiting, even the right PIN is not tried.
    now += 29_000
    expect(refusal(await tryPin(desk, '1234'))?.message).toMatch(/Try again in 1 second,/)
    now += 1_000
    for (let i = 0; i < 4; i++) await tryPin(desk, '0000')
    expect(refusal(await tryPin(desk, '0000'))?.message).toMatch(/Try again in 60 seconds/)
    now += 60_000
    expect(await desk.ok('desk.signIn', { staffId: jo.id, pin: '1234' })).toMatchObject({ kind: 'signed in', person: { name: 'Jo Reyes' } })
    // The owner sees each wait in the audit log, named for the person.
    const waits = await register.database.db.selectFrom('audit_log').select(['action', 'subject_id', 'details', 'desk']).where('action', '=', 'pin-wait').execute()
    expect(waits.map((entry) => [entry.subject_id, JSON.parse(entry.details), entry.desk])).toEqual([
      [jo.id, { seconds: 30 }, 'room-2'],
      [jo.id, { seconds: 60 }, 'reception-pc']
    ])
    // After a right PIN the next run of wrong ones starts again at 30 seconds.
    await desk.ok('desk.lock', { reason: 'switch' })
    for (let i = 0; i < 4; i++) await tryPin(desk, '0000')
    expect(refusal(await tryPin(desk, '0000'))?.message).toMatch(/Try again in 30 seconds/)
  })

  it('makes each wait twice the last, up to a quarter of an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(nextWaitSeconds)).toEqual([30, 60, 120, 240, 480, 900, 900, 900])
  })

  it('wrong PINs tried all at once, at two desks, still start a wait after five; a new PIN from the owner ends it', async () => {
    const { desk, deskAt, jo, owner } = await clinic()
    const room2 = callsOf(deskAt('room-2'))
    await desk.ok('desk.lock', { reason: 'switch' })
    const tries = Array.from({ length: 12 }, (_, i) => (i % 2 ? room2 : desk).call('desk.signIn', { staffId: jo.id, pin: String(1000 + i).padStart(4, '0') }))
    const messages = (await Promise.all(tries)).map((result) => refusal(result)?.message ?? 'signed in')
    expect(messages.filter((message) => message.startsWith('That PIN is not right'))).toHaveLength(4)
    expect(messages.filter((message) => message.startsWith('Too many wrong PINs for Jo Reyes'))).toHaveLength(8)
    // Even the right PIN waits now.
    expect(refusal(await desk.call('desk.signIn', { staffId: jo.id, pin: '1234' }))?.message).toMatch(/^Too many wrong PINs/)
    await desk.ok('desk.signIn', { staffId: owner, pin: OWNER_PIN })
    await desk.ok('staff.setPin', { id: jo.id, pin: '2468' })
    await desk.ok('desk.lock', { reason: 'switch' })
    expect(await desk.ok('desk.signIn', { staffId: jo.id, pin: '2468' })).toMatchObject({ kind: 'signed in', person: { name: 'Jo Reyes' } })
  })

  it('a person deactivated, even at another desk, is signed out and cannot sign in; the clinic keeps an active owner', async () => {
    const { desk, deskAt, jo, sam, owner } = await clinic()
    const room2 = callsOf(deskAt('room-2'))
    await room2.ok('desk.signIn', { staffId: jo.id, pin: '1234' })
    expect((await room2.call('clients.list', {})).ok).toBe(true)
    await desk.ok('staff.update', { ...jo, active: false })
    expect(refusal(await room2.call('clients.list', {}))).toEqual({ code: 'signed_out', message: EN_WORDS['access.signInFirst'] })
    expect(refusal(await room2.call('desk.signIn', { staffId: jo.id, pin: '1234' }))?.message).toBe(
      'Jo Reyes can no longer sign in. The clinic owner can make them active again.'
    )
    expect(await desk.ok('desk.state', {})).toMatchObject({ kind: 'signed in' })
    expect((await desk.ok('staff.list', {})).map((member) => [member.name, member.active])).toEqual([
      ['Dr Sam Cole', true],
      ['Jo Reyes', false],
      ['Maria Lopez', true]
    ])
    const demoted = refusal(await desk.call('staff.update', { id: owner, name: 'Maria Lopez', role: 'practitioner', active: true }))
    expect(demoted).toMatchObject({ code: 'invalid_input', fields: { role: expect.stringMatching(/needs an active owner/) } })
    const deactivated = refusal(await desk.call('staff.update', { id: owner, name: 'Maria L.', role: 'owner', active: false }))
    expect(deactivated?.fields?.role).toMatch(/needs an active owner/)
    // A role changed at another desk applies there at the next call.
    await room2.ok('desk.lock', { reason: 'switch' })
    await desk.ok('staff.update', { ...sam, role: 'owner' })
    await room2.ok('desk.signIn', { staffId: sam.id, pin: '5678' })
    expect((await room2.call('audit.list', {})).ok).toBe(true)
    await desk.ok('staff.update', { ...sam, role: 'practitioner' })
    expect(refusal(await room2.call('audit.list', {}))).toEqual({ code: 'forbidden', message: EN_WORDS['access.ownerOnly'] })
    const sameName = refusal(await desk.call('staff.create', { name: 'jo reyes', role: 'reception', pin: '9999' }))
    expect(sameName?.fields?.name).toMatch(/already called jo reyes/)
  })

  it('lists the staff by name as the desk’s language sorts them, accents and all, on either engine', async () => {
    const { desk } = await clinic()
    for (const name of ['Zoe Adams', 'Álvaro Ruiz', 'émilie Roux']) await desk.ok('staff.create', { name, role: 'reception', pin: '2468' })
    const names = async () => (await desk.ok('staff.list', {})).map((member) => member.name)
    // Byte order (SQLite's, and a server's "C" collation) would put "Álvaro" and "émilie" after "Zoe".
    const sorted = ['Álvaro Ruiz', 'Dr Sam Cole', 'émilie Roux', 'Jo Reyes', 'Maria Lopez', 'Zoe Adams']
    expect(await names()).toEqual(sorted)
    setWordsLanguage('fr')
    try {
      expect(await names()).toEqual(sorted)
    } finally {
      setWordsLanguage('en')
    }
  })

  it('every audit entry names the person signed in and the desk it was made at', async () => {
    const { desk, deskAt, jo, register } = await clinic()
    const room2 = callsOf(deskAt('room-2'))
    await room2.ok('desk.signIn', { staffId: jo.id, pin: '1234' })
    const client = await room2.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    await room2.ok('desk.lock', { reason: 'switch' })
    const entries = await desk.ok('audit.list', { actor: 'Jo Reyes' })
    expect(entries.map((entry) => [entry.action, entry.subjectType, entry.actor, entry.desk])).toEqual([
      ['lock', 'desk', 'Jo Reyes', 'room-2'],
      ['create', 'client', 'Jo Reyes', 'room-2'],
      ['sign-in', 'staff', 'Jo Reyes', 'room-2']
    ])
    expect(entries[1]?.subjectId).toBe(client.id)
    const rows = await register.database.db.selectFrom('audit_log').select(['actor', 'staff_id']).where('actor', '=', 'Jo Reyes').execute()
    expect(new Set(rows.map((row) => row.staff_id))).toEqual(new Set([jo.id]))
    // The owner's first start names the owner, at the first desk.
    expect((await desk.ok('audit.list', { actor: 'Maria Lopez' })).at(-1)).toMatchObject({ action: 'create', subjectType: 'staff', desk: 'reception-pc' })
  })
})

/**
 * The calls a desk may make now. Each is made with input that changes nothing (none, or a
 * lock with no reason): the session answers before the input is read, so a refusal is told
 * by its message, and any other answer means the call got past it.
 */
async function callsAllowed(table: HandlerTable, refusedWith: string): Promise<CallName[]> {
  const allowed: CallName[] = []
  for (const name of CALL_NAMES) {
    const result = await dispatch(table, name, name === 'desk.lock' ? { reason: 'not a reason' } : {})
    if (result.ok || result.error.message !== refusedWith) allowed.push(name)
  }
  return allowed
}
