import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../src/shared/aftercare/default-protocol'
import type { AftercareProtocol } from '../../src/shared/aftercare/protocol'
import type { CallInput } from '../../src/shared/contract/calls'
import { openRegister } from '../../src/main/db/open-register'
import { RecallRepository } from '../../src/main/recalls/recall-repository'
import { setWordsLanguage } from '../../src/shared/words/words-language'
import { callsOf, deskHandlerTable, openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'

// The recall list on either engine: each client's next-session window (their latest treatment's
// band in the protocol in use), kept in recall_windows and read by the days it touches.
// The clock stands on Sunday 29 November 2026, so "today" is 2026-11-29 and the list looks
// 14 days ahead by default, to 2026-12-13.

let register: TempRegister

beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock('2026-11-29T09:00:00Z') })
})
afterEach(() => register.close())

async function aClient(givenName: string, familyName = 'Silva') {
  return register.ok('clients.create', { givenName, familyName, phone: '+44 7700 900123' })
}

function treat(clientId: string, performedAt: string, depthMm: number, timeZone = 'Europe/London') {
  return register.ok('treatments.create', { clientId, performedAt, timeZone, zones: [{ zone: 'forehead', depthMm: 0.25 }, { zone: 'cheeks', depthMm }] })
}

/** Names on the list, in its order, with their windows. */
async function listed(query: CallInput<'recalls.list'> = {}) {
  const { entries } = await register.ok('recalls.list', query)
  return entries.map((entry) => `${entry.givenName} ${entry.windowOpens}..${entry.windowCloses}`)
}

describe('the recall list', () => {
  it('gives each depth band of the default protocol its own window, from the deepest zone', async () => {
    // Light 2-4 weeks, medium 4-6, deep and very deep 6-8, from Thursday 1 October 2026.
    for (const [name, depthMm] of [['Light', 0.5], ['Medium', 1], ['Deep', 1.5], ['Very deep', 2.5]] as const) {
      await treat((await aClient(name)).id, '2026-10-01T10:00', depthMm)
    }
    const { entries } = await register.ok('recalls.list', { from: '2026-10-01', to: '2027-01-31' })
    expect(entries.map((entry) => [entry.givenName, entry.deepestDepthMm, entry.windowOpens, entry.windowCloses])).toEqual([
      ['Light', 0.5, '2026-10-15', '2026-10-29'],
      ['Medium', 1, '2026-10-29', '2026-11-12'],
      ['Deep', 1.5, '2026-11-12', '2026-11-26'],
      ['Very deep', 2.5, '2026-11-12', '2026-11-26']
    ])
    expect(entries[0]).toMatchObject({ familyName: 'Silva', phone: '+447700900123', treatedAt: '2026-10-01T10:00', contact: null })
  })

  it('lists windows open now or opening within the days ahead, soonest first, and leaves out those closed or further off', async () => {
    await treat((await aClient('Closes today')).id, '2026-11-01T10:00', 0.5) // 15 Nov - 29 Nov
    await treat((await aClient('Open')).id, '2026-11-10T10:00', 0.5) // 24 Nov - 8 Dec
    await treat((await aClient('Opens soon')).id, '2026-11-25T10:00', 0.5) // 9 Dec - 23 Dec
    await treat((await aClient('Opens later')).id, '2026-11-28T10:00', 1) // 26 Dec - 9 Jan
    await treat((await aClient('Closed')).id, '2026-10-01T10:00', 0.5) // 15 Oct - 29 Oct
    await aClient('Never treated')

    const list = await register.ok('recalls.list', {})
    expect([list.from, list.to]).toEqual(['2026-11-29', '2026-12-13'])
    expect(list.entries.map((entry) => entry.givenName)).toEqual(['Closes today', 'Open', 'Opens soon'])
    // Looking 30 days ahead takes in the window opening on 26 December.
    expect(await listed({ to: '2026-12-29' })).toEqual([
      'Closes today 2026-11-15..2026-11-29',
      'Open 2026-11-24..2026-12-08',
      'Opens soon 2026-12-09..2026-12-23',
      'Opens later 2026-12-26..2027-01-09'
    ])
    expect(await listed({ from: '2026-12-24', to: '2026-12-25' })).toEqual([])
  })

  it('lists clients due the same day by name as the desk’s language sorts them, the same on either engine', async () => {
    for (const familyName of ['Zapata', 'Álvarez', 'Munuera', 'Alba', 'Öztürk', 'Muñoz', 'Ochoa']) {
      await treat((await aClient('Sam', familyName)).id, '2026-11-20T10:00', 0.5)
    }
    const families = async () => (await register.ok('recalls.list', {})).entries.map((entry) => entry.familyName)
    // Byte order (SQLite's) would put Álvarez, Muñoz and Öztürk after Zapata; Spanish has ñ as a letter after n.
    expect(await families()).toEqual(['Alba', 'Álvarez', 'Muñoz', 'Munuera', 'Ochoa', 'Öztürk', 'Zapata'])
    setWordsLanguage('es')
    try {
      expect(await families()).toEqual(['Alba', 'Álvarez', 'Munuera', 'Muñoz', 'Ochoa', 'Öztürk', 'Zapata'])
    } finally {
      setWordsLanguage('en')
    }
  })

  it('follows the latest treatment: a later one moves the window on, a treatment back-entered from before does not', async () => {
    const client = await aClient('Ana')
    await treat(client.id, '2026-11-10T10:00', 0.5)
    expect(await listed()).toEqual(['Ana 2026-11-24..2026-12-08'])
    await treat(client.id, '2026-06-01T10:00', 2.5)
    expect(await listed()).toEqual(['Ana 2026-11-24..2026-12-08'])
    await treat(client.id, '2026-11-28T16:00', 0.5)
    expect(await listed()).toEqual(['Ana 2026-12-12..2026-12-26'])
    await treat(client.id, '2026-11-29T08:30', 1)
    expect(await listed()).toEqual([])
  })

  it('shows the latest call about the window; one declined leaves the list until the next treatment', async () => {
    const ana = await aClient('Ana')
    const bea = await aClient('Bea', 'Moreau')
    await treat(ana.id, '2026-11-10T10:00', 0.5)
    await treat(bea.id, '2026-11-12T10:00', 0.5)

    const message = await register.ok('recalls.recordContact', { clientId: ana.id, outcome: 'left_message', note: '  Call back after 5 pm ' })
    expect(message).toMatchObject({ clientId: ana.id, outcome: 'left_message', note: 'Call back after 5 pm', contactedBy: 'Test desk' })
    await register.ok('recalls.recordContact', { clientId: bea.id, outcome: 'declined' })
    const { entries } = await register.ok('recalls.list', {})
    expect(entries.map((entry) => [entry.givenName, entry.contact?.outcome, entry.contact?.note])).toEqual([['Ana', 'left_message', 'Call back after 5 pm']])

    // Calling again replaces what the list shows; a call with no outcome is a plain call.
    await register.ok('recalls.recordContact', { clientId: ana.id })
    expect((await register.ok('recalls.list', {})).entries[0]?.contact).toMatchObject({ outcome: null, note: '' })

    // Bea's next treatment starts a new window, with nobody called yet.
    await treat(bea.id, '2026-11-20T10:00', 0.5)
    const after = await register.ok('recalls.list', {})
    expect(after.entries.map((entry) => [entry.givenName, entry.contact === null ? 'not called' : entry.contact.outcome])).toEqual([
      ['Ana', null],
      ['Bea', 'not called']
    ])

    // The log says a call was made and how it went, never the note.
    const logged = (await register.ok('audit.list', { action: 'create' })).filter((entry) => entry.subjectType === 'recall')
    expect(logged.map((entry) => entry.details)).toContainEqual({ clientId: ana.id, outcome: 'left_message' })
    expect(JSON.stringify(logged)).not.toContain('5 pm')
  })

  it('reads the windows and their calls as of one moment: a treatment another desk saves meanwhile brings no declined client back', async () => {
    const bea = await aClient('Bea', 'Moreau')
    await treat(bea.id, '2026-11-12T10:00', 0.5)
    await register.ok('recalls.recordContact', { clientId: bea.id, outcome: 'declined' })
    // Room 2, on a connection of its own to the same register, saves Bea's next treatment just
    // as this desk's list has read the windows, before it reads the calls about them.
    const roomTwoDatabase = await openRegister(register.location, { serverBackupsDir: `${register.dir}/room-2-backups` })
    const roomTwo = callsOf(deskHandlerTable(roomTwoDatabase, 'Room 2', steppingClock('2026-11-29T10:00:00Z')))
    let windowsRead = false
    const db = register.database.db.withPlugin({
      transformQuery: ({ node }) => node,
      async transformResult({ result }) {
        if (!windowsRead) {
          windowsRead = true
          await roomTwo.ok('treatments.create', { clientId: bea.id, performedAt: '2026-11-20T10:00', timeZone: 'Europe/London', zones: [{ zone: 'cheeks', depthMm: 0.5 }] })
        }
        return result
      }
    })
    try {
      const recalls = new RecallRepository(db, register.database.inOneSnapshot, steppingClock())
      expect((await recalls.list({}, 'Europe/London')).entries).toEqual([])
      expect(windowsRead).toBe(true)
    } finally {
      await roomTwoDatabase.close()
    }
    // Asked again, the list has the new treatment's window, and nobody has called about it.
    expect((await register.ok('recalls.list', {})).entries.map((entry) => [entry.givenName, entry.windowOpens, entry.contact])).toEqual([['Bea', '2026-12-04', null]])
  })

  it('never lists an archived client, and takes no call about one', async () => {
    const client = await aClient('Ana')
    await treat(client.id, '2026-11-10T10:00', 0.5)
    await register.ok('clients.setArchived', { id: client.id, archived: true })
    expect(await listed()).toEqual([])
    const before = await register.snapshot()
    const refused = await register.call('recalls.recordContact', { clientId: client.id, outcome: 'booked' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('archived') } })
    expect(await register.snapshot()).toEqual(before)
    await register.ok('clients.setArchived', { id: client.id, archived: false })
    expect(await listed()).toEqual(['Ana 2026-11-24..2026-12-08'])
  })

  it('refuses a call about a client with no treatment or not in the register, and dates that are not dates', async () => {
    const client = await aClient('Ana')
    expect(await register.call('recalls.recordContact', { clientId: client.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'This client has no treatment yet, so there is no next session to call about.' }
    })
    expect(await register.call('recalls.recordContact', { clientId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await register.call('recalls.list', { from: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await register.call('recalls.list', { from: '2026-12-10', to: '2026-12-01' })).toMatchObject({
      ok: false,
      error: { fields: { to: 'The last date comes before the first: swap them and try again.' } }
    })
  })

  it('moves every window when the protocol changes', async () => {
    const light = await aClient('Light')
    const deep = await aClient('Deep')
    await treat(light.id, '2026-11-01T10:00', 0.5)
    await treat(deep.id, '2026-10-01T10:00', 1.5)
    expect(await listed()).toEqual(['Light 2026-11-15..2026-11-29'])

    // Light skin heals in 3 to 5 weeks now; deep needling waits 10 to 12.
    await register.ok('protocol.save', { protocol: withNextSessions([3, 5], [4, 6], [10, 12], [10, 12]), note: 'Longer intervals', createdBy: 'Owner' })
    expect(await listed({ to: '2026-12-31' })).toEqual(['Light 2026-11-22..2026-12-06', 'Deep 2026-12-10..2026-12-24'])

    await register.ok('protocol.restoreDefaults', { note: '', createdBy: 'Owner' })
    expect(await listed({ to: '2026-12-31' })).toEqual(['Light 2026-11-15..2026-11-29'])
  })

  it('counts windows in calendar days of the treatment’s zone across a daylight-saving change, and hours as elapsed hours', async () => {
    // Two weeks from Saturday 21 March 2026 in London crosses the clocks going forward (29 March).
    const spring = await aClient('Spring')
    await treat(spring.id, '2026-03-21T23:30', 0.5)
    // Two weeks from Sunday 18 October 2026 in Madrid crosses the clocks going back (25 October).
    const autumn = await aClient('Autumn')
    await treat(autumn.id, '2026-10-18T00:30', 0.5, 'Europe/Madrid')
    expect(await listed({ from: '2026-01-01', to: '2026-12-31' })).toEqual(['Spring 2026-04-04..2026-04-18', 'Autumn 2026-11-01..2026-11-15'])

    // In hours, 336 hours are 14 days of elapsed time: an hour less on the clock after spring's
    // change (00:30 on 5 April), an hour more after autumn's (23:30 on 31 October).
    const inHours = structuredClone(DEFAULT_PROTOCOL) as AftercareProtocol
    for (const band of inHours.bands) band.nextSession = { earliest: { amount: 336, unit: 'hours' }, latest: { amount: 672, unit: 'hours' } }
    await register.ok('protocol.save', { protocol: inHours, note: 'In hours', createdBy: 'Owner' })
    expect(await listed({ from: '2026-01-01', to: '2026-12-31' })).toEqual(['Spring 2026-04-05..2026-04-19', 'Autumn 2026-10-31..2026-11-14'])
  })

  it('exports the list as CSV for the clinic’s phone or SMS tool, in the region’s way, and logs the export', async () => {
    await register.ok('settings.update', { name: 'Harbour Skin Clinic', country: 'FR' })
    const ana = await aClient('Ana')
    await treat(ana.id, '2026-10-20T10:00', 1.25)
    await register.ok('recalls.recordContact', { clientId: ana.id, outcome: 'left_message', note: '=call; later' })
    await treat((await aClient('Bea', 'Moreau')).id, '2026-11-25T10:00', 0.5)

    const { csv, rows } = await register.ok('recalls.csv', {})
    expect(rows).toBe(2)
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('client_id;given_name;family_name;phone;last_treatment;deepest_mm;window_opens;window_closes;contacted_at;contacted_by;outcome;note')
    // As in every export of the register, a value a spreadsheet would run as a formula (a leading + too) is defused.
    expect(lines[1]).toMatch(new RegExp(`^${ana.id};Ana;Silva;"'\\+447700900123";2026-10-20T10:00;1,25;2026-12-01;2026-12-15;2026-11-29T09:00:\\d\\d\\.000Z;Test desk;Left a message;"'=call; later"$`))
    expect(lines.slice(2)).toEqual([expect.stringMatching(/;Bea;Moreau;.*;0,5;2026-12-09;2026-12-23;;;;$/)])
    const [logged] = await register.ok('audit.list', { action: 'export' })
    expect(logged).toMatchObject({ subjectType: 'recall', details: { format: 'csv', rows: 2 } })

    // The tool's user reads the last call's outcome in the desk's language; a call with no outcome is "just called".
    await register.ok('recalls.recordContact', { clientId: ana.id, outcome: null, note: '' })
    setWordsLanguage('fr')
    try {
      const inFrench = (await register.ok('recalls.csv', {})).csv.split('\r\n')
      expect(inFrench[0]).toContain(';Appelé par;Résultat;Remarque')
      expect(inFrench[1]).toMatch(/;Test desk;Simple appel;$/)
      await register.ok('recalls.recordContact', { clientId: ana.id, outcome: 'booked', note: '' })
      expect((await register.ok('recalls.csv', {})).csv.split('\r\n')[1]).toMatch(/;Test desk;Rendez-vous pris;$/)
    } finally {
      setWordsLanguage('en')
    }
  })

  it('gives the calls in the client’s subject access export, and erases them with the client', async () => {
    const ana = await aClient('Ana')
    await treat(ana.id, '2026-11-10T10:00', 0.5)
    await register.ok('recalls.recordContact', { clientId: ana.id, outcome: 'booked', note: 'Tuesday 10:00' })
    const files = await register.ok('clients.exportData', { id: ana.id })
    expect(JSON.parse(files.json).recallCalls).toEqual([expect.objectContaining({ outcome: 'booked', note: 'Tuesday 10:00', contactedBy: 'Test desk' })])

    await register.ok('clients.erase', { id: ana.id, reason: 'Right to erasure' })
    const left = await register.snapshot()
    expect([left.recall_windows, left.recall_contacts]).toEqual([[], []])
  })
})

/** The default protocol with each band's next session in these weeks (earliest, latest), shallowest first. */
function withNextSessions(...weeks: [number, number][]): AftercareProtocol {
  const protocol = structuredClone(DEFAULT_PROTOCOL) as AftercareProtocol
  protocol.bands.forEach((band, index) => {
    const [earliest, latest] = weeks[index] as [number, number]
    band.nextSession = { earliest: { amount: earliest, unit: 'weeks' }, latest: { amount: latest, unit: 'weeks' } }
  })
  return protocol
}
