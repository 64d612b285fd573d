import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../src/shared/aftercare/default-protocol'
import type { HandoutLogEntry } from '../../src/shared/handouts/handout-kinds'
import { copyRegister } from '../../src/main/db/register-copy'
import { CURRENT_LAYOUTS, type Layouts } from '../../src/main/handouts/printed/layout-versions'
import type { PrintedHandout } from '../../src/main/handouts/printed/printed-content'
import { packContent, unpackContent } from '../../src/main/handouts/printed/stored-content'
import { callsOf, deskHandlerTable, makeTempDir, openTempRegister, openTempSqliteRegister, steppingClock, testEngine, type TempRegister } from '../support/temp-register'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'

/** A reprint draws the content the patient was given, never today's protocol, record or layout. */

const registers: TempRegister[] = []
afterEach(async () => {
  for (const register of registers.splice(0)) await register.close()
})

async function aRegister(): Promise<TempRegister> {
  const register = await openTempRegister({ clock: steppingClock() })
  registers.push(register)
  await register.ok('settings.update', HARBOUR_CLINIC)
  return register
}

/** The same register as an update that changed the handout's layout (a wider margin) would draw it. */
function afterALayoutChange(register: TempRegister) {
  const { handout } = CURRENT_LAYOUTS
  const layouts: Layouts = { ...CURRENT_LAYOUTS, handout: { ...handout, version: handout.version + 1, pageMargins: [48, 28, 48, 34] } }
  return callsOf(deskHandlerTable(register.database, 'Test desk', steppingClock('2027-01-01T09:00:00Z'), { layouts }))
}

/** The words of a PDF in reading order, whatever lines they were broken into. */
async function wordsOf(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text.replace(/Page \d \/ \d/g, '').replace(/\s+/g, ' ').trim()
}

async function storedRow(register: TempRegister, id: string) {
  return register.database.db.selectFrom('handout_log').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b))

describe('a reprint', () => {
  it('is the identical file, drawn from the stored content after the protocol, the record and the clinic changed', async () => {
    const register = await aRegister()
    const treatment = await recordStandardTreatment(register, { givenName: 'Zoë', familyName: 'Łukasiewicz' })
    const original = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    const renamed = { ...DEFAULT_PROTOCOL, name: 'Harbour aftercare 2027', texts: { ...DEFAULT_PROTOCOL.texts, en: { ...DEFAULT_PROTOCOL.texts.en, milestonesTitle: 'Key dates' } } }
    await register.ok('protocol.save', { protocol: renamed, note: 'New wording', createdBy: 'Owner' })
    await register.ok('clients.update', { id: treatment.clientId, fields: { givenName: 'Zoe', familyName: 'Nowak' }, version: 1 })
    await register.ok('settings.update', { name: 'Harbour Skin & Laser', phone: '0117 496 9999' })

    const reprint = await register.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Evening desk' })
    expect(sameBytes(reprint.bytes, original.bytes)).toBe(true)
    expect(reprint.entry).toMatchObject<Partial<HandoutLogEntry>>({
      reprintOf: original.entry.id,
      reprint: 'identical',
      sha256: original.entry.sha256,
      contentSha256: original.entry.contentSha256,
      layoutVersion: CURRENT_LAYOUTS.handout.version
    })
    expect(reprint.fileName).toMatch(/^Łukasiewicz-Zoë-handout-/)
    const fresh = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    expect(await wordsOf(fresh.bytes)).toContain('Key dates')
  })

  it('after a layout change, is the same content in the current layout, and says so', async () => {
    const register = await aRegister()
    const treatment = await recordStandardTreatment(register, { givenName: 'Ana', familyName: 'Silva' })
    const original = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })

    const updated = afterALayoutChange(register)
    const reprint = await updated.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
    expect(sameBytes(reprint.bytes, original.bytes)).toBe(false)
    expect(reprint.entry).toMatchObject<Partial<HandoutLogEntry>>({
      reprint: 'current layout',
      contentSha256: original.entry.contentSha256,
      layoutVersion: CURRENT_LAYOUTS.handout.version + 1
    })
    expect(await wordsOf(reprint.bytes)).toBe(await wordsOf(original.bytes))
    // A reprint of that reprint in the same layout is identical to it.
    const again = await updated.ok('handouts.reprint', { entryId: reprint.entry.id, producedBy: 'Reception' })
    expect(again.entry).toMatchObject({ reprintOf: original.entry.id, reprint: 'current layout' })
    expect(sameBytes(again.bytes, reprint.bytes)).toBe(true)
    expect((await register.ok('handouts.listForClient', { clientId: treatment.clientId })).map((entry) => entry.reprint)).toEqual([
      'current layout',
      'current layout',
      null
    ])
  })

  it('refuses stored content that was changed since, and logs nothing', async () => {
    const register = await aRegister()
    const treatment = await recordStandardTreatment(register, { givenName: 'Ana', familyName: 'Silva' })
    const original = await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
    const row = await storedRow(register, original.entry.id)
    const content = unpackContent(row.content ?? '') as PrintedHandout
    const tampered = packContent({ ...content, summary: { ...content.summary, zones: { ...content.summary.zones, value: 'Cheeks 0.25 mm' } } })

    // The content alone changed: its text no longer has the hash logged with it.
    await register.database.db.updateTable('handout_log').set({ content: tampered }).where('id', '=', original.entry.id).execute()
    const before = await register.snapshot()
    const refused = await register.call('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/changed since it was given/) } })
    expect(await register.snapshot()).toEqual(before)

    // The content and its hash changed together: the audit log, which refuses changes, recorded the hash given.
    const { contentSha256 } = await import('../../src/main/handouts/printed/stored-content')
    const hash = contentSha256(unpackContent(tampered))
    await register.database.db.updateTable('handout_log').set({ content_sha256: hash }).where('id', '=', original.entry.id).execute()
    const alsoRefused = await register.call('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
    expect(alsoRefused).toMatchObject({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/changed since it was given/) } })
    expect(await register.ok('handouts.listForClient', { clientId: treatment.clientId })).toHaveLength(1)

    // Nor after an update changed the layout, when no file of the same layout can be compared.
    const updated = afterALayoutChange(register)
    const refusedInNewLayout = await updated.call('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
    expect(refusedInNewLayout).toMatchObject({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/changed since it was given/) } })
  })

  it('of a calendar and of a calendar file is identical too', async () => {
    const register = await aRegister()
    const treatment = await recordStandardTreatment(register, { givenName: 'Ana', familyName: 'Silva' })
    for (const kind of ['calendar', 'ics'] as const) {
      const original = await register.ok('handouts.produce', { treatmentId: treatment.id, kind, producedBy: 'Reception' })
      const reprint = await register.ok('handouts.reprint', { entryId: original.entry.id, producedBy: 'Reception' })
      expect(sameBytes(reprint.bytes, original.bytes)).toBe(true)
      expect(reprint.entry).toMatchObject({ kind, reprint: 'identical', contentSha256: original.entry.contentSha256 })
    }
  })
})

/**
 * tests/fixtures holds a register logged by the app before entries kept their content: each of
 * its entries is rebuilt once, checked against the SHA-256 logged, and then reprints.
 */
describe('entries logged before handouts kept their content', () => {
  async function theEarlierRegister(): Promise<TempRegister> {
    const dir = makeTempDir()
    copyFileSync(join(import.meta.dirname, '../fixtures/handouts-logged-before-stored-content.sqlite'), join(dir, 'register.sqlite3'))
    const earlier = await openTempSqliteRegister({ dir })
    registers.push(earlier)
    if (testEngine === 'sqlite') return earlier
    const server = await openTempRegister()
    registers.push(server)
    await copyRegister(earlier.database, server.database)
    return server
  }

  async function earlierEntries(register: TempRegister) {
    const rows = await register.database.db.selectFrom('handout_log').selectAll().orderBy('id').execute()
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.every((row) => row.content === null && row.printed_details !== '')).toBe(true)
    return rows
  }

  it('reprint, each checked against the file logged: a calendar as the identical file, a handout in the current layout', async () => {
    const register = await theEarlierRegister()
    const rows = await earlierEntries(register)
    for (const row of rows) {
      const reprint = await register.ok('handouts.reprint', { entryId: row.id, producedBy: 'Reception' })
      const original = row.reprint_of ?? row.id
      // Handouts are drawn in layout 3 since; calendars as when these were logged.
      const drawnSince = row.kind === 'handout'
      expect(reprint.entry).toMatchObject({ reprintOf: original, reprint: drawnSince ? 'current layout' : 'identical' })
      expect(reprint.entry.sha256 === row.sha256).toBe(!drawnSince)
      const stored = await storedRow(register, original)
      expect(stored).toMatchObject({ layout_version: 1, content_sha256: reprint.entry.contentSha256, printed_details: '' })
    }
    const kinds = new Set(rows.map((row) => `${row.kind} ${row.language} ${row.paper}`))
    expect(kinds.size).toBeGreaterThan(6)
    const left = await register.database.db.selectFrom('handout_log').select('printed_details').where('printed_details', '!=', '').execute()
    expect(left).toEqual([])
  })

  it('are rebuilt once, all of them, by the upkeep a desk runs after it starts', async () => {
    const register = await theEarlierRegister()
    const originals = (await earlierEntries(register)).filter((row) => row.reprint_of === null)
    let after = ''
    let kept = 0
    for (;;) {
      const batch = await register.table.upkeep.keepEarlierHandoutContent(4, after)
      if (batch.last === null) break
      kept += batch.kept
      expect(batch.refused).toBe(0)
      after = batch.last
    }
    expect(kept).toBe(originals.length)
    for (const row of originals) {
      const stored = await storedRow(register, row.id)
      expect(stored).toMatchObject({ layout_version: 1, printed_details: '', rebuild_refused: null })
      expect(stored.content_sha256).toMatch(/^[0-9a-f]{64}$/)
      // The audit log recorded the hash, by this computer rather than whoever is signed in.
      const [record] = await register.ok('audit.list', { subjectId: row.id })
      expect(record).toMatchObject({ action: 'update', actor: 'Test desk', details: { contentSha256: stored.content_sha256, rebuilt: true } })
    }
    expect(await register.table.upkeep.keepEarlierHandoutContent(4)).toEqual({ kept: 0, refused: 0, last: null })
  })

  it('whose treatment was changed since cannot be rebuilt exactly: noted once, and their reprint says so', async () => {
    const register = await theEarlierRegister()
    const [row] = await earlierEntries(register)
    if (!row) throw new Error('The fixture has no entries.')
    await sql`update treatment_zones set depth_hundredths_mm = depth_hundredths_mm + 25 where treatment_id = ${row.treatment_id}`.execute(register.database.db)
    const first = await register.table.upkeep.keepEarlierHandoutContent(50)
    expect(first.refused).toBeGreaterThanOrEqual(1)
    expect(await storedRow(register, row.id)).toMatchObject({ content: null, rebuild_refused: expect.stringMatching(/differs/) })
    // A later start does not try it again.
    expect(await register.table.upkeep.keepEarlierHandoutContent(50)).toEqual({ kept: 0, refused: 0, last: null })
    const before = await register.snapshot()
    const refused = await register.call('handouts.reprint', { entryId: row.id, producedBy: 'Reception' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'unexpected', message: expect.stringMatching(/can no longer be printed exactly as it was given/) } })
    expect(await register.snapshot()).toEqual(before)
  })
})
