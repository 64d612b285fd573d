import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { SelectQueryNode, sql, TableNode } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedDemoRegister } from '../../src/main/cli/seed-demo'
import { clientsCsv, EXPORT_SLICE_ROWS, joinCsv, treatmentsCsv } from '../../src/main/exchange/csv-export'
import { engineSql } from '../../src/main/db/engine-sql'
import { readPdf } from '../support/pdf-read-back'
import { queryPlan } from '../support/query-plan'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { nothingToDeclare } from '../support/screening-answers'
import { signedConsent } from '../support/signed-consent'

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
})
afterEach(() => register.close())

async function zoeWithHistory() {
  const client = await register.ok('clients.create', {
    givenName: 'Zoë',
    familyName: 'Łukasiewicz',
    phone: '+44 7700 900123',
    email: 'zoe@example.com',
    notes: 'Allergic to lidocaine.'
  })
  const treatment = await register.ok('treatments.create', {
    clientId: client.id,
    performedAt: '2026-11-20T14:30',
    timeZone: 'Europe/London',
    zones: [{ zone: 'cheeks', depthMm: 1.5 }]
  })
  await register.ok('handouts.produce', { treatmentId: treatment.id, producedBy: 'Reception' })
  return { client, treatment }
}

describe('the audit log', () => {
  it('records who did what and when, without personal data', async () => {
    const { client } = await zoeWithHistory()
    await register.ok('clients.setArchived', { id: client.id, archived: true })
    const entries = await register.ok('audit.list', {})
    expect(entries.map((entry) => `${entry.action} ${entry.subjectType}`)).toEqual([
      'archive client',
      'print handout',
      'create treatment',
      'create client'
    ])
    expect(entries.every((entry) => entry.actor === 'Test desk')).toBe(true)
    expect(JSON.stringify(entries)).not.toMatch(/Zoë|Łukasiewicz|7700|zoe@example|lidocaine/)
    expect(await register.ok('audit.list', { action: 'create' })).toHaveLength(2)
    expect(await register.ok('audit.list', { since: '2099-01-01' })).toEqual([])
    expect(await register.ok('audit.list', { since: '2099-01-01T00:00:00.000Z' })).toEqual([])
  })

  it("gives one client's activity: their record, their treatments and their handouts, through indexes", async () => {
    const { client } = await zoeWithHistory()
    const other = await register.ok('clients.create', { givenName: 'Bea', familyName: 'Lima' })
    const hers = await register.ok('audit.list', { clientId: client.id })
    expect(hers.map((entry) => `${entry.action} ${entry.subjectType}`)).toEqual(['print handout', 'create treatment', 'create client'])
    expect(await register.ok('audit.list', { clientId: other.id })).toHaveLength(1)
    expect(await register.ok('audit.list', { clientId: client.id, action: 'print' })).toHaveLength(1)

    const { db } = register.database
    const plan = await queryPlan(
      register.database,
      db.selectFrom('audit_log').selectAll().where((eb) => eb.or([eb('subject_id', '=', 'x'), eb(engineSql(db).auditClientId, '=', 'x')]))
    )
    expect(plan).not.toMatch(/^SCAN audit_log$|Seq Scan on audit_log/m)
  })

  it('cannot be changed or deleted', async () => {
    await zoeWithHistory()
    await expect(sql`update audit_log set actor = 'someone else'`.execute(register.database.db)).rejects.toThrow(
      /audit log cannot be changed/
    )
    await expect(sql`delete from audit_log`.execute(register.database.db)).rejects.toThrow(/audit log cannot be changed/)
  })
})

/** A screening of Zoë's visit of 20 November, with filler in the area ten days before. */
async function zoeScreened(clientId: string) {
  const { version, questionnaire } = await register.ok('screening.current', {})
  return register.ok('screenings.record', {
    clientId,
    visitAt: '2026-11-20T14:00',
    timeZone: 'Europe/London',
    zones: ['cheeks'],
    questionnaireVersion: version,
    answers: { ...nothingToDeclare(questionnaire), dermal_filler: '2026-11-10' },
    recordedBy: 'Reception'
  })
}

describe("a client's data on request", () => {
  it('gives everything held about them as JSON and as a readable PDF', async () => {
    const { client, treatment } = await zoeWithHistory()
    const screening = await zoeScreened(client.id)
    const consent = await register.ok('consents.sign', signedConsent(client.id, screening.id))
    const files = await register.ok('clients.exportData', { id: client.id })
    const data = JSON.parse(files.json)
    expect(data.client).toMatchObject({ id: client.id, givenName: 'Zoë', notes: 'Allergic to lidocaine.' })
    expect(data.treatments.map((t: { id: string }) => t.id)).toEqual([treatment.id])
    expect(data.handoutsGiven).toHaveLength(1)
    expect(data.screenings).toEqual([screening])
    expect(data.consents).toEqual({ photoConsent: 'record', consents: [consent.entry] })
    expect(data.activity.length).toBeGreaterThan(0)
    const pdf = await readPdf(files.pdf)
    expect(pdf.text).toContain('Screenings before treatment (1)')
    expect(pdf.text).toContain('When did you last have dermal filler in the areas we are treating? 10 November 2026')
    expect(pdf.text).toContain('Consents signed (1)')
    expect(pdf.text).toContain('Photographs: for the record only')
    expect(pdf.text).toContain('Zoë Łukasiewicz')
    expect(pdf.text).toContain('Allergic to lidocaine.')
    expect(pdf.text).toContain('Cheeks 1.5 mm')
    expect(files.baseName).toMatch(/^Łukasiewicz-Zoë-data-\d{4}-\d{2}-\d{2}$/)
  })
})

describe('erasure', () => {
  it('removes the person, their treatments and handout log, leaving a tombstone only', async () => {
    const { client } = await zoeWithHistory()
    await zoeScreened(client.id)
    const other = await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva' })
    // Within the retention period: the reason is kept in the tombstone (record-retention.test.ts).
    const reason = 'Right to erasure, checked with our adviser'
    expect(await register.ok('clients.erase', { id: client.id, reason })).toMatchObject({ clientId: client.id, treatments: 1, handouts: 1 })

    expect((await register.call('clients.get', { id: client.id })).ok).toBe(false)
    expect(await register.ok('clients.search', { query: 'zoe', includeArchived: true })).toEqual([])
    expect(await register.ok('clients.search', { query: '900123', includeArchived: true })).toEqual([])
    const snapshot = await register.snapshot()
    // The screening questionnaire is the clinic's own text (it names lidocaine too), not hers.
    expect(JSON.stringify({ ...snapshot, questionnaires: [] })).not.toMatch(/Zoë|Łukasiewicz|7700|zoe@example|lidocaine/)
    expect(snapshot.treatments).toEqual([])
    expect(snapshot.handout_log).toEqual([])
    expect(snapshot.screenings).toEqual([])
    const [tombstone] = await register.ok('audit.list', { action: 'erase' })
    expect(tombstone).toMatchObject({ subjectId: client.id, details: { treatments: 1, handouts: 1, withinRetention: true, reason } })
    expect((await register.ok('exports.clientsCsv', {})).csv).not.toContain('Łukasiewicz')
    expect(await register.ok('clients.get', { id: other.id })).toMatchObject({ givenName: 'Ana' })
  })

  it('leaves nothing of the person in a backup made afterwards', async () => {
    const { client } = await zoeWithHistory()
    await register.ok('clients.erase', { id: client.id, reason: 'Right to erasure' })
    const backup = join(register.dir, 'after-erasure.sqlite3')
    await register.database.writeBackup(backup)
    const bytes = readFileSync(backup)
    for (const trace of ['Łukasiewicz', 'zoe@example.com', 'lidocaine', '447700900123']) {
      expect(bytes.includes(Buffer.from(trace, 'utf8')), trace).toBe(false)
    }
  })
})

describe('CSV export', () => {
  it('writes UTF-8 with a BOM, quotes what needs quoting and defuses formulas', async () => {
    await register.ok('clients.create', {
      givenName: 'Zoë',
      familyName: 'Łukasiewicz',
      notes: 'Said: "call after 5pm", prefers texts,\nno voicemail'
    })
    await register.ok('clients.create', { givenName: 'Ana', familyName: 'Silva', notes: '=HYPERLINK("http://evil")' })
    const { csv, rows } = await register.ok('exports.clientsCsv', {})
    expect(rows).toBe(2)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true })
    expect(parsed.data[0]).toMatchObject({ given_name: 'Zoë', family_name: 'Łukasiewicz', notes: 'Said: "call after 5pm", prefers texts,\nno voicemail' })
    expect(parsed.data[1]?.notes).toBe(`'=HYPERLINK("http://evil")`)
  })

  it('lists treatments with their zones and depths', async () => {
    const { treatment } = await zoeWithHistory()
    const { csv } = await register.ok('exports.treatmentsCsv', {})
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(row).toMatchObject({ id: treatment.id, client_given_name: 'Zoë', performed_at: '2026-11-20T14:30', zones_mm: 'cheeks=1.5' })
  })

  it('reads a large register a slice at a time, yielding to other calls in between, each row once and in order', async () => {
    await seedDemoRegister(register.database, { clients: 700, seed: 11 })
    const expected = await register.database.db
      .selectFrom('treatments')
      .select(['id', 'performed_at_utc'])
      .orderBy('performed_at_utc')
      .orderBy('id')
      .execute()
    expect(expected.length).toBeGreaterThan(EXPORT_SLICE_ROWS * 2)
    // Every query on its way to SQLite is seen: the export asks for treatments slice by slice.
    let treatmentQueries = 0
    const watching = register.database.db.withPlugin({
      transformQuery({ node }) {
        if (SelectQueryNode.is(node) && node.from?.froms.some((from) => TableNode.is(from) && from.table.identifier.name === 'treatments')) treatmentQueries++
        return node
      },
      transformResult: async ({ result }) => result
    })
    const { csv, rows } = await joinCsv(treatmentsCsv(watching))
    expect(treatmentQueries).toBe(Math.ceil((expected.length + 1) / EXPORT_SLICE_ROWS))
    expect(rows).toBe(expected.length)
    // One header line, then the rows: no blank line where two slices meet.
    expect(csv).not.toMatch(/\r\n\r\n/)
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data
    expect(parsed.map((row) => row.id)).toEqual(expected.map((treatment) => treatment.id))
    expect(parsed.every((row) => /^[a-z_]+=\d/.test(row.zones_mm ?? ''))).toBe(true)
    const clients = await joinCsv(clientsCsv(watching))
    expect(clients.rows).toBe(700)
    expect(new Set(Papa.parse<Record<string, string>>(clients.csv.slice(1), { header: true, skipEmptyLines: true }).data.map((row) => row.id)).size).toBe(700)
  })
})

describe('CSV import', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
  const otherSystemExport = [
    'First Name,Surname,DOB,Mobile,E-mail,Allergies',
    'Maria,García,03/04/1990,+34 612 345 678,maria@example.es,',
    'Jean-Luc,Picard,13/07/1975,,jl@example.fr,Latex',
    ',Nameless,01/01/1980,,,',
    'Future,Baby,01/01/2099,,,',
    'Bad,Email,01/01/1980,,not-an-email,',
    'Maria,Garcia,03/04/1990,,,',
    'Zoë,Łukasiewicz,,,ZOE@example.com,'
  ].join('\r\n')

  it('imports valid rows, reports each bad or duplicate row by line, and reads dates day first', async () => {
    await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', email: 'zoe@example.com' })
    const report = await register.ok('imports.clientsCsv', { file: utf8(`\uFEFF${otherSystemExport}`) })
    expect(report).toMatchObject({ rows: 7, imported: 2 })
    expect(report.errors.map((error) => error.row)).toEqual([4, 5, 6])
    expect(report.errors[0]?.messages).toContain("Enter the client's first name.")
    expect(report.errors[1]?.messages).toContain("The date of birth can't be in the future.")
    expect(report.duplicates).toEqual([
      { row: 7, reason: 'sameNameAndBirthDate', earlierRow: 2 },
      { row: 8, reason: 'sameEmail' }
    ])
    const maria = await register.ok('clients.get', { id: report.importedIds[0] as string })
    expect(maria).toMatchObject({ givenName: 'Maria', familyName: 'García', dateOfBirth: '1990-04-03', phone: '+34612345678' })
    const picard = await register.ok('clients.get', { id: report.importedIds[1] as string })
    expect(picard.notes).toBe('Latex')
  })

  it('previews an import without writing: columns, the guessed mapping, the first rows, what would happen', async () => {
    await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz', email: 'zoe@example.com' })
    const before = await register.snapshot()
    const preview = await register.ok('imports.previewClientsCsv', { file: utf8(otherSystemExport) })
    expect(preview.headers[0]).toBe('First Name')
    expect(preview.mapping).toMatchObject({ givenName: 'First Name', dateOfBirth: expect.any(String) })
    expect(preview.sample).toHaveLength(5)
    expect(preview.report).toMatchObject({ rows: 7, imported: 2, importedIds: [] })
    expect(preview.report.errors.map((error) => error.row)).toEqual([4, 5, 6])
    expect(await register.snapshot()).toEqual(before)

    // A mapping chosen by the desk is the one used: the phone column read as notes.
    const { phone, ...rest } = preview.mapping
    const chosen = { ...rest, notes: phone }
    const remapped = await register.ok('imports.previewClientsCsv', { file: utf8(otherSystemExport), mapping: chosen })
    expect(remapped.mapping.notes).toBe(phone)
    const imported = await register.ok('imports.clientsCsv', { file: utf8(otherSystemExport), mapping: chosen })
    expect(imported.imported).toBe(remapped.report.imported)
    expect((await register.ok('clients.get', { id: imported.importedIds[0] as string })).notes).toBe('+34 612 345 678')
  })

  it('creates no duplicates when the same file is imported twice', async () => {
    await register.ok('imports.clientsCsv', { file: utf8(otherSystemExport) })
    const before = await register.ok('clients.count', { includeArchived: true })
    const again = await register.ok('imports.clientsCsv', { file: utf8(otherSystemExport) })
    expect(again.imported).toBe(0)
    expect(await register.ok('clients.count', { includeArchived: true })).toBe(before)
  })

  it('reads month-first dates when asked, and says so when the name columns are missing', async () => {
    const report = await register.ok('imports.clientsCsv', { file: utf8('first,last,birthday\nAmy,Lee,04/03/1990'), dateOrder: 'MDY' })
    expect((await register.ok('clients.get', { id: report.importedIds[0] as string })).dateOfBirth).toBe('1990-04-03')
    const badDates = await register.ok('imports.clientsCsv', { file: utf8('first,last,birthday\nBo,Lee,31/02/1990\nCy,Lee,next May') })
    expect(badDates.imported).toBe(0)
    expect(badDates.errors.map(({ messages }) => messages)).toEqual([
      [expect.stringMatching(/^The date of birth "31\/02\/1990" could not be read as a real date\. Write it as DD\/MM\/YYYY or YYYY-MM-DD/)],
      [expect.stringMatching(/^The date of birth "next May" could not be read/)]
    ])
    // Blank lines, as spreadsheets leave them, count in the line numbers the report gives.
    const gaps = await register.ok('imports.clientsCsv', { file: utf8('first,last,birthday\nAna,Lima,01/02/1990\n,,\n\nBea,Lima,01/02/1990\nBea,Lima,01/02/1990\n') })
    expect(gaps).toMatchObject({ rows: 3, imported: 2, duplicates: [{ row: 6, earlierRow: 5 }] })
    const unusable = await register.ok('imports.clientsCsv', { file: utf8('colour,size\nred,big') })
    expect(unusable).toMatchObject({ imported: 0, errors: [{ row: 1 }] })
    expect(unusable.errors[0]?.messages[0]).toMatch(/No columns for first name and family name/)
  })
})
