import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { projectRoot } from '../../../src/main/app-paths'
import { sql } from 'kysely'
import { AppError } from '../../../src/main/api/app-error'
import { copyRegister } from '../../../src/main/db/register-copy'
import { setWordsLanguage } from '../../../src/shared/words/words-language'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { screenAndConsent } from '../../support/consent'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../../support/handout-fixtures'
import { openTempRegister, openTempSqliteRegister, steppingClock, type TempRegister } from '../../support/temp-register'
import { clearScreening } from '../../support/screening-answers'

// A register moved from a SQLite file to the clinic's server and back must be the same
// register: every table, every row, every value, and handouts that reprint to the same bytes.
const registers: TempRegister[] = []
afterEach(async () => {
  await Promise.all(registers.splice(0).map((register) => register.close()))
})

async function opened<R extends TempRegister>(register: Promise<R>): Promise<R> {
  const ready = await register
  registers.push(ready)
  return ready
}

/** A register with something in every table: clients in several scripts, treatments, screenings, handouts and a reprint, a signed consent, a preparation sheet, a recall call, protocol versions, settings with a logo, the audit log. */
async function busyRegister(): Promise<TempRegister> {
  const register = await opened(openTempSqliteRegister({ clock: steppingClock() }))
  await register.ok('settings.update', HARBOUR_CLINIC)
  await register.ok('settings.setLogo', { base64: readFileSync(join(projectRoot(import.meta.url), 'resources', 'icon.png')).toString('base64') })
  const longerPause = structuredClone(DEFAULT_PROTOCOL)
  const veryDeep = longerPause.bands.at(-1)
  if (veryDeep) veryDeep.timings.retinoids = { amount: 21, unit: 'days' }
  await register.ok('protocol.save', { protocol: longerPause, note: 'Longer retinoid pause', createdBy: 'Dr Okafor' })
  const zoe = await recordStandardTreatment(register, { givenName: 'Zoë', familyName: 'Łukasiewicz', phone: '+44 7700 900123', email: 'zoe@example.com', notes: 'Allergic to lidocaine' })
  await recordStandardTreatment(register, { givenName: '美咲', familyName: '山田', dateOfBirth: '1990-02-28' }, { depthMm: 0.5, sessionNumber: null })
  const handout = await register.ok('handouts.produce', { treatmentId: zoe.id, producedBy: 'Reception' })
  await register.ok('handouts.produce', { treatmentId: zoe.id, kind: 'ics', producedBy: 'Reception' })
  await register.ok('handouts.reprint', { entryId: handout.entry.id, producedBy: 'Reception' })
  await clearScreening(register, { clientId: zoe.clientId, performedAt: '2026-11-20T09:00', timeZone: 'Europe/London', zones: [{ zone: 'chin' }] })
  const archived = await register.ok('clients.create', { givenName: 'Søren', familyName: 'Kierkegård' })
  await register.ok('clients.setArchived', { id: archived.id, archived: true })
  await register.ok('staff.create', { name: 'Maria Lopez', role: 'owner', pin: '482913' })
  // Today's visit screened and its consent signed (the consent form's first version with it).
  await screenAndConsent(register, zoe.clientId, { zones: [{ zone: 'cheeks', depthMm: 1.5 }] })
  await register.ok('prepSheets.produce', { clientId: zoe.clientId, appointmentAt: '2030-01-15T10:00', timeZone: 'Europe/London', producedBy: 'Reception' })
  await register.ok('recalls.recordContact', { clientId: zoe.clientId, outcome: 'left_message', note: 'Call back after 5 pm' })
  return register
}

/** Every table but the migration history (each register records when it was migrated). */
async function content(register: TempRegister): Promise<Record<string, unknown[]>> {
  const tables = await register.snapshot()
  delete tables.schema_migrations
  return tables
}

describe('moving a register between engines', () => {
  it('SQLite to PostgreSQL and back gives the same register, table by table, with matching checksums', async () => {
    const original = await busyRegister()
    const server = await opened(openTempRegister())
    const there = await copyRegister(original.database, server.database)
    const back = await opened(openTempSqliteRegister())
    const home = await copyRegister(server.database, back.database)

    expect(there.tables.map(({ table, rows }) => [table, rows])).toContainEqual(['audit_log', expect.any(Number)])
    expect(there.tables.every(({ rows }) => rows > 0)).toBe(true)
    expect(home.tables).toEqual(there.tables)
    expect(await content(server)).toEqual(await content(original))
    expect(await content(back)).toEqual(await content(original))
  })

  it('reprints every handout from the server register to the bytes first printed', async () => {
    const original = await busyRegister()
    const server = await opened(openTempRegister())
    await copyRegister(original.database, server.database)
    const [zoe] = await server.ok('clients.search', { query: 'zoe' })
    const entries = await server.ok('handouts.listForClient', { clientId: zoe?.id ?? '' })
    expect(entries.length).toBeGreaterThanOrEqual(3)
    for (const entry of entries) {
      const reprint = await server.ok('handouts.reprint', { entryId: entry.id, producedBy: 'Room 2' })
      expect(reprint.entry.sha256, entry.kind).toBe(entry.sha256)
    }
    const [consent] = (await server.ok('consents.listForClient', { clientId: zoe?.id ?? '' })).consents
    const reprinted = await server.ok('consents.reprint', { consentId: consent?.id ?? '', producedBy: 'Room 2' })
    expect(reprinted.reprint).toBe('identical')
  })

  it('keeps numbering the audit log after the copied entries', async () => {
    const original = await busyRegister()
    const server = await opened(openTempRegister())
    await copyRegister(original.database, server.database)
    const before = await server.ok('audit.list', { limit: 1 })
    await server.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const [newest] = await server.ok('audit.list', { limit: 1 })
    expect(newest?.id).toBe((before[0]?.id ?? 0) + 1)
  })

  it('refuses a target that already holds a register and writes nothing to it', async () => {
    const original = await busyRegister()
    const server = await opened(openTempRegister())
    await server.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    const before = await server.snapshot()
    await expect(copyRegister(original.database, server.database)).rejects.toThrow(/already holds a register/)
    expect(await server.snapshot()).toEqual(before)
  })

  it('keeps nothing of a copy that does not read back as the original, and says so in the desk’s language', async () => {
    const original = await busyRegister()
    const server = await opened(openTempRegister())
    // A server that changes what it is given: the table read back has another checksum.
    await sql`create function alter_notes() returns trigger as $$ begin new.notes := new.notes || ' (altered)'; return new; end $$ language plpgsql`.execute(server.database.db)
    await sql`create trigger alter_notes before insert on clients for each row execute function alter_notes()`.execute(server.database.db)
    const before = await server.snapshot()
    setWordsLanguage('de')
    try {
      const refused = await copyRegister(original.database, server.database).catch((error: unknown) => error)
      expect(refused).toBeInstanceOf(AppError)
      expect((refused as AppError).message).toMatch(/^Die Kopie der Tabelle clients stimmt nicht mit dem Original überein \(\d+ Zeilen gegenüber \d+\), daher wurde nichts von der Kopie behalten\./)
    } finally {
      setWordsLanguage('en')
    }
    expect(await server.snapshot()).toEqual(before)
  })
})
