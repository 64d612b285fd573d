import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { Temporal } from 'temporal-polyfill'
import { formatDay } from '../../src/shared/aftercare/format-date'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { excelCsvWindows1252, excelWorkbook } from '../support/excel-files'
import { readPdf } from '../support/pdf-read-back'
import { signedConsent } from '../support/signed-consent'
import { callsOf, deskHandlerTable, makeTempDir, testEngine } from '../support/temp-register'
import { dropTestDatabase, newTestDatabase } from '../support/test-databases'
import { openRegister } from '../../src/main/db/open-register'
import { todayIn } from '../../src/shared/dates/calendar-date'
import { DEFAULT_QUESTIONNAIRE } from '../../src/shared/screening/default-questionnaire'
import { asFormat1 } from '../support/questionnaire-format-1'

const run = promisify(execFile)
// Each case runs the CLI a dozen times or more, each a process of its own: on two busy cores
// (the suites run two files at a time) a case can take longer than the usual 30 s.
vi.setConfig({ testTimeout: 90_000 })
const root = join(import.meta.dirname, '..', '..')
let dir: string
let db: string

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the admin CLI as the clinic's IT person would, in a child process. */
function admin(...args: string[]): Promise<CliRun> {
  return adminOn({ register: db }, ...args)
}

/** The same, on another register, with PINs in the environment as a script would give them. */
async function adminOn(options: { register: string; env?: Record<string, string> }, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/admin.mjs', '--db', options.register, ...args], {
      cwd: root,
      // English lines, and a computer in the UK (a new register's clinic country), unless a test
      // asks for another language: the CLI follows LC_ALL, then LANG (tests/support/uk-computer.ts
      // leaves LC_ALL unset: set but empty, Node would know no region at all).
      env: { ...process.env, TZ: 'Europe/London', LANG: 'en_GB.UTF-8', ...options.env }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

async function json<T = Record<string, unknown>>(...args: string[]): Promise<T> {
  const result = await admin(...args)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout) as T
}

/** Fails with one clear line on stderr and nothing on stdout. */
async function expectRefusal(args: string[], message: RegExp | string): Promise<void> {
  const result = await admin(...args)
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(message)
}

// The register the commands run on: a file, or (in the vitest project "postgres") a new
// database on the test server, named by its postgres:// URL exactly as an IT person would.
beforeAll(async () => {
  dir = makeTempDir()
  db = testEngine === 'postgres' ? await newTestDatabase(inject('postgres')) : join(dir, 'register.sqlite3')
})
afterAll(async () => {
  if (testEngine === 'postgres') await dropTestDatabase(inject('postgres'), db)
  rmSync(dir, { recursive: true, force: true })
})

describe('admin CLI', () => {
  let zoeId: string

  it('adds a client and prints it with its id', async () => {
    const client = await json(
      'client', 'add', '--given', 'Zoë', '--family', 'Łukasiewicz', '--dob', '1990-02-28',
      '--phone', '+44 7700 900123', '--email', 'zoe@example.com', '--skin-type', 'II', '--lang', 'fr',
      '--notes', 'Allergic to lidocaine'
    )
    expect(client).toMatchObject({ givenName: 'Zoë', familyName: 'Łukasiewicz', skinType: 'II', language: 'fr' })
    zoeId = client.id as string
    expect(zoeId).toMatch(/^[0-9A-Z]{26}$/)
  })

  it('shows, lists and searches', async () => {
    expect(await json('client', 'show', zoeId)).toMatchObject({ id: zoeId, givenName: 'Zoë' })
    expect(await json<unknown[]>('client', 'list')).toHaveLength(1)
    const found = await json<{ id: string }[]>('search', 'lukasiewicz', '--limit', '5')
    expect(found.map((client) => client.id)).toEqual([zoeId])
    expect(await json<unknown[]>('search', '07700', '900123')).toHaveLength(1)
  })

  it('records a treatment in local time and lists it', async () => {
    const treatment = await json(
      'treatment', 'add', '--client', zoeId, '--at', '2026-11-20T14:30',
      '--zone', 'cheeks=1.5', '--zone', 'Around the eyes=0.25',
      '--practitioner', 'Dr Okafor', '--device', 'Microneedling pen', '--concern', 'acne scars', '--concern', 'texture'
    )
    expect(treatment).toMatchObject({
      clientId: zoeId,
      performedAt: '2026-11-20T14:30',
      timeZone: 'Europe/London',
      deepestDepthMm: 1.5,
      concerns: ['acne_scars', 'texture'],
      zones: [
        { zone: 'cheeks', depthMm: 1.5 },
        { zone: 'periorbital', depthMm: 0.25 }
      ]
    })
    const history = await json<{ id: string }[]>('treatment', 'list', '--client', zoeId)
    expect(history.map((t) => t.id)).toEqual([treatment.id])
  })

  it('prints the plan, writes the handout and schedules, and lists what was given', async () => {
    const [treatment] = await json<{ id: string }[]>('treatment', 'list', '--client', zoeId)
    const treatmentId = (treatment as { id: string }).id
    const plan = await json<{ band: { id: string }; milestones: { key: string; start: string; end?: string }[] }>(
      'plan', '--treatment', treatmentId
    )
    expect(plan.band.id).toBe('deep')
    expect(plan.milestones.find((m) => m.key === 'first_wash')).toEqual({
      key: 'first_wash',
      // Zoë's language is French, and so is her plan.
      label: 'Premier nettoyage en douceur',
      start: '2026-11-20T18:30:00+00:00',
      end: '2026-11-20T20:30:00+00:00'
    })
    expect(plan.milestones.find((m) => m.key === 'makeup_and_sunscreen')).not.toHaveProperty('end')

    await json('clinic', 'set', '--name', 'Harbour Skin Clinic', '--phone', '0117 496 0123', '--paper', 'Letter')
    expect(await json('clinic', 'show')).toMatchObject({ name: 'Harbour Skin Clinic', paper: 'Letter' })
    const handout = await json<{ id: string }>('handout', '--treatment', treatmentId, '--out', join(dir, 'handout.pdf'), '--by', 'Reception')
    expect(handout).toMatchObject({ file: join(dir, 'handout.pdf'), kind: 'handout', paper: 'Letter', producedBy: 'Reception' })
    expect((await readPdf(readFileSync(join(dir, 'handout.pdf')))).text).toContain('Zoë Łukasiewicz')
    const a4 = await json('handout', '--treatment', treatmentId, '--out', join(dir, 'a4.pdf'), '--paper', 'A4')
    expect(a4).toMatchObject({ paper: 'A4' })
    expect(await json('schedule', '--treatment', treatmentId, '--out', join(dir, 'days.pdf'))).toMatchObject({ kind: 'calendar' })
    expect(await json('schedule', '--treatment', treatmentId, '--out', join(dir, 'days.ics'))).toMatchObject({ kind: 'ics' })
    expect(readFileSync(join(dir, 'days.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/)
    const log = await json<{ kind: string; sha256: string }[]>('handout-log', '--client', zoeId)
    expect(log.map((entry) => entry.kind)).toEqual(['ics', 'calendar', 'handout', 'handout'])
    expect(log[3]?.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, 'handout.pdf'))).digest('hex'))
    const reprint = await json<{ reprintOf: string; reprint: string; sha256: string }>(
      'handout', 'reprint', '--entry', handout.id, '--out', join(dir, 'reprint.pdf'), '--by', 'Evening desk'
    )
    expect(reprint).toMatchObject({ file: join(dir, 'reprint.pdf'), reprintOf: handout.id, reprint: 'identical', producedBy: 'Evening desk' })
    expect(readFileSync(join(dir, 'reprint.pdf')).equals(readFileSync(join(dir, 'handout.pdf')))).toBe(true)
    await expectRefusal(['handout', 'reprint', '--entry', '01JDK9Z5R8W3V6Y2T4Q7N1M0PX', '--out', join(dir, 'none.pdf')], 'No handout with id 01JDK9Z5R8W3V6Y2T4Q7N1M0PX')
    await expectRefusal(['handout', 'reprint', '--entry', handout.id], 'Say where to save the reprint')
    await expectRefusal(['handout', '--treatment', treatmentId], 'Say where to save the file')
    await expectRefusal(['handout', '--treatment', treatmentId, '--out', join(dir, 'x.pdf'), '--paper', 'A5'], 'A4 or Letter')
    await expectRefusal(['clinic', 'set', '--name', ' '], 'Enter the clinic name.')
  })

  it('writes the preparation sheet for an appointment as a PDF in the client’s language or as a calendar file, logged', async () => {
    // Ten days ahead at 14:00 in London (the CLI's zone here): the seven-day steps start in three days.
    const appointment = Temporal.Now.plainDateISO('Europe/London').add({ days: 10 })
    const at = `${appointment.toString()}T14:00`
    const pdf = await json<{ file: string; format: string; language: string; appointmentAt: string; sha256: string }>(
      'prep-sheet', '--client', zoeId, '--appointment', at, '--out', join(dir, 'before.pdf'), '--by', 'Evening desk'
    )
    expect(pdf).toMatchObject({ file: join(dir, 'before.pdf'), format: 'pdf', language: 'fr', appointmentAt: at, timeZone: 'Europe/London', producedBy: 'Evening desk' })
    const bytes = readFileSync(join(dir, 'before.pdf'))
    expect(pdf.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    const { text } = await readPdf(bytes)
    expect(text).toContain('Avant votre rendez-vous')
    expect(text).toContain(`À partir du ${formatDay(appointment.subtract({ days: 7 }).toString(), 'fr-FR')} Cessez le rétinol`)
    expect(text).toContain('Dès 14:00 la veille Pas d’alcool')
    const english = await json<{ language: string }>('prep-sheet', '--client', zoeId, '--appointment', at, '--out', join(dir, 'before-en.pdf'), '--lang', 'en')
    expect(english.language).toBe('en')
    expect((await readPdf(readFileSync(join(dir, 'before-en.pdf')))).text).toContain(`From ${formatDay(appointment.subtract({ days: 7 }).toString(), 'en-GB')} Stop retinol`)
    const ics = await json<{ format: string }>('prep-sheet', '--client', zoeId, '--appointment', at, '--out', join(dir, 'before.ics'))
    expect(ics.format).toBe('ics')
    expect(readFileSync(join(dir, 'before.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR[\s\S]*SUMMARY:Avant votre rendez-vous/)
    await expectRefusal(['prep-sheet', '--client', zoeId, '--appointment', at], 'Say where to save the sheet')
    await expectRefusal(['prep-sheet', '--client', zoeId, '--out', join(dir, 'x.pdf')], 'Say when the appointment is')
    await expectRefusal(['prep-sheet', '--client', zoeId, '--appointment', '2020-01-01T10:00', '--out', join(dir, 'x.pdf')], 'already passed')
    await expectRefusal(['prep-sheet', '--client', zoeId, '--appointment', `${appointment.toString()} 14:00`, '--out', join(dir, 'x.pdf')], 'Enter a real appointment date and time')
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)
    const audit = await json<{ subjectType: string }[]>('audit', '--action', 'print')
    expect(audit.filter((entry) => entry.subjectType === 'prep-sheet')).toHaveLength(3)
  })

  it('shows and sets how long records are kept, and lists the clients whose period has ended', async () => {
    expect(await json('clinic', 'retention')).toEqual({ country: 'GB', years: 8 })
    expect(await json('clinic', 'retention', '--years', '12')).toEqual({ country: 'GB', years: 12 })
    // The rules follow the clinic's country, set with `clinic set`; the change is in the audit log.
    expect(await json('clinic', 'set', '--country', 'de')).toMatchObject({ country: 'DE' })
    expect(await json('clinic', 'retention', '--years', 'default')).toEqual({ country: 'DE', years: 10 })
    expect(await json('clinic', 'set', '--country', 'FR')).toMatchObject({ country: 'FR' })
    expect(await json('clinic', 'retention')).toEqual({ country: 'other', years: 10 })
    await expectRefusal(['clinic', 'set', '--country', 'XX'], 'Choose the country the clinic is in by its two-letter code')
    await json('clinic', 'set', '--country', 'GB')
    expect(await json('retention', 'review')).toEqual({ retention: { country: 'GB', years: 8 }, clients: [], more: false })
  })

  it('prints the recall list as JSON and records a call, with one line for a bad date or an unknown client', async () => {
    // Zoë's deep treatment of 20 November 2026: her next session is due from 1 to 15 January 2027.
    const list = await json<{ from: string; to: string; entries: { clientId: string; windowOpens: string; windowCloses: string; contact: unknown }[] }>(
      'recall', '--from', '2026-12-25', '--to', '2027-01-10'
    )
    expect(list).toMatchObject({ from: '2026-12-25', to: '2027-01-10', entries: [{ clientId: zoeId, windowOpens: '2027-01-01', windowCloses: '2027-01-15', contact: null }] })
    expect((await json<{ entries: unknown[] }>('recall', '--from', '2027-01-16')).entries).toEqual([])
    const call = await json('recall', 'contacted', '--client', zoeId, '--outcome', 'left-message', '--note', 'Call back on Friday')
    expect(call).toMatchObject({ clientId: zoeId, outcome: 'left_message', note: 'Call back on Friday' })
    const [entry] = (await json<{ entries: { contact: unknown }[] }>('recall', '--from', '2027-01-01')).entries
    expect(entry?.contact).toEqual(call)
    await expectRefusal(['recall', '--from', '2027-02-30'], 'The first date is not a real date: write it as YYYY-MM-DD, like 2026-12-01.')
    await expectRefusal(['recall', '--from', '2027-01-10', '--to', '2027-01-01'], 'The last date comes before the first: swap them and try again.')
    await expectRefusal(['recall', 'contacted', '--client', '01JDK9Z5R8W3V6Y2T4Q7N1M0PX'], /^No client with id 01JDK9Z5R8W3V6Y2T4Q7N1M0PX/)
    await expectRefusal(['recall', 'contacted', '--client', zoeId, '--outcome', 'maybe'], 'Say how the call went: left a message, booked or declined.')
  })

  it('archives: the client leaves the list and search unless asked for', async () => {
    expect(await json('client', 'archive', zoeId)).toMatchObject({ archived: true })
    expect(await json<unknown[]>('client', 'list')).toHaveLength(0)
    expect(await json<unknown[]>('client', 'list', '--archived')).toHaveLength(1)
    expect(await json<unknown[]>('search', 'zoe')).toHaveLength(0)
    expect(await json<unknown[]>('search', 'zoe', '--archived')).toHaveLength(1)
  })

  it('refuses bad input with one line on stderr, exit 1, and nothing written', async () => {
    const clientsBefore = await json<unknown[]>('client', 'list', '--archived')
    const treatmentsBefore = await json<unknown[]>('treatment', 'list', '--client', zoeId)
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10)
    await expectRefusal(['client', 'add', '--given', '  ', '--family', 'Smith'], "Enter the client's first name.")
    await expectRefusal(['client', 'add', '--given', 'a'.repeat(101), '--family', 'Smith'], 'at most 100 characters')
    await expectRefusal(['client', 'add', '--given', 'Ann', '--family', 'Smith', '--dob', '1990-02-30'], "doesn't exist")
    await expectRefusal(['client', 'add', '--given', 'Ann', '--family', 'Smith', '--dob', tomorrow], "can't be in the future")
    await expectRefusal(['client', 'add', '--given', 'Ann', '--family', "Robert'); DROP TABLE clients;--"], 'only contain letters')
    await expectRefusal(['client', 'add', '--given', 'Ann', '--family', 'Smith', '--notes', 'n'.repeat(5001)], '5,000 characters')
    await expectRefusal(['client', 'add', '--given', 'Ann'], "Enter the client's family name.")
    await expectRefusal(['client', 'add', '--given', 'Ann', '--family', 'Smith', '--shoe-size', '5'], 'The command "client add" has no option --shoe-size. Usage: client add --given G')
    await expectRefusal(['client', 'list', '--limit'], '--limit needs a value. Usage: client list [--archived] [--limit N]')
    for (const depth of ['0', '-1', '3.01', 'abc']) {
      await expectRefusal(
        ['treatment', 'add', '--client', zoeId, '--at', '2026-11-20T14:30', '--zone', `cheeks=${depth}`],
        /needle depth/
      )
    }
    await expectRefusal(['treatment', 'add', '--client', zoeId, '--at', '2026-11-20T14:30', '--zone', 'elbow=1'], /"elbow" is not a zone/)
    await expectRefusal(['treatment', 'add', '--client', zoeId, '--at', '2026-11-20 14:30', '--zone', 'chin=1'], /real treatment date/)
    await expectRefusal(['client', 'show', '01JDK9Z5R8W3V6Y2T4Q7N1M0PX'], 'No client with id')
    await expectRefusal(['client', 'show', 'not-an-id'], "That isn't a client id")
    await expectRefusal(['frobnicate'], 'Unknown command "frobnicate"')
    expect(await json<unknown[]>('client', 'list', '--archived')).toEqual(clientsBefore)
    expect(await json<unknown[]>('treatment', 'list', '--client', zoeId)).toEqual(treatmentsBefore)
  })

  it('says its problem lines in the language of --lang, else of LC_ALL or LANG, and prints the same JSON in every language', async () => {
    const inGerman = await admin('--lang', 'de', 'client', 'add', '--given', '  ', '--family', 'Schmidt')
    expect([inGerman.code, inGerman.stdout, inGerman.stderr]).toEqual([1, '', 'Bitte geben Sie den Vornamen der Kundin oder des Kunden ein.\n'])
    const inSpanish = await adminOn({ register: db, env: { LANG: 'es_ES.UTF-8' } }, 'client', 'show', '01JDK9Z5R8W3V6Y2T4Q7N1M0PX')
    expect(inSpanish.stderr).toBe('No hay ningún cliente con el identificador 01JDK9Z5R8W3V6Y2T4Q7N1M0PX en el registro.\n')
    const inFrench = await adminOn({ register: db, env: { LANG: 'de_DE.UTF-8', LC_ALL: 'fr_FR.UTF-8' } }, 'patient', 'list')
    expect(inFrench.stderr).toBe('Commande inconnue : « patient list ». Lancez avec --help pour voir les commandes.\n')
    const italian = await adminOn({ register: db, env: { LANG: 'it_IT.UTF-8' } }, 'patient', 'list')
    expect(italian.stderr).toBe('Unknown command "patient list". Run with --help to see the commands.\n')
    const unknownLanguage = await admin('--lang', 'it', 'client', 'list')
    expect([unknownLanguage.code, unknownLanguage.stderr]).toEqual([1, '--lang needs one of: en, es, fr, de.\n'])
    expect(await adminOn({ register: db, env: { LANG: 'fr_FR.UTF-8' } }, '--lang', 'es', 'client', 'list')).toEqual(await admin('client', 'list'))
  }, 60_000)

  it('says its help, a bad option, a check’s problem and a file it could not save in the language asked for', async () => {
    const help = await admin('--lang', 'de', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Aufruf: npm run -s admin -- \[--db FILE\|URL\] \[--as NAME\] \[--lang en\|es\|fr\|de\] <command> \.\.\.\n/)
    expect(help.stdout).toContain('\n--lang wählt die Sprache dieser Hilfe und der Fehlermeldungen')
    // Commands, options and placeholders stay as typed; what they leave unsaid is explained in German.
    expect(help.stdout).toContain('\nBefehle:\n  client add --given G --family F')
    expect(help.stdout).toContain('\n  staff set-pin ID (die PIN aus AFTERCARE_NEW_PIN oder per Abfrage)\n')
    expect(help.stdout).not.toMatch(/Usage|Commands|Success|the PIN from/)
    expect((await adminOn({ register: db, env: { LANG: 'es_ES.UTF-8' } }, '--help')).stdout).toMatch(/^Uso: npm run -s admin/)

    const flagGivenAValue = await admin('--lang', 'fr', 'client', 'list', '--archived=yes')
    expect([flagGivenAValue.code, flagGivenAValue.stderr]).toEqual([1, '--archived ne prend pas de valeur. Utilisation : client list [--archived] [--limit N]\n'])
    const unknownOption = await admin('--lang', 'fr', 'staff', 'set-pin', 'X', '--pin', '1234')
    expect(unknownOption.stderr).toBe(
      'La commande « staff set-pin » n’a pas d’option --pin. Utilisation : staff set-pin ID (le PIN vient de AFTERCARE_NEW_PIN, ou est demandé)\n'
    )

    // SQLite's own English words stay only as the detail at the end, for IT.
    const damaged = join(dir, 'damaged.sqlite3')
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 0xa5)]))
    const check = await admin('--db', damaged, '--lang', 'es', 'check')
    expect([check.code, check.stderr]).toEqual([
      1,
      `No se ha podido leer ${damaged} como registro: puede estar dañado o haberlo guardado un programa distinto de Aftercare Desk. ` +
        '(Mensaje del motor de base de datos: file is not a database)\n'
    ])

    // The file system's refusal in words, with its code at the end.
    const nowhere = join(dir, 'no-such-folder')
    const exported = await admin('--lang', 'de', 'export', '--clients', join(nowhere, 'kunden.csv'))
    expect([exported.code, exported.stderr]).toEqual([1, `${join(nowhere, 'kunden.csv')} konnte nicht gespeichert werden: dieser Ordner existiert nicht (ENOENT)\n`])
    const protocol = await admin('--lang', 'es', 'protocol', 'export', '--out', join(nowhere, 'protocolo.json'))
    expect(protocol.stderr).toBe(`No se ha podido guardar ${join(nowhere, 'protocolo.json')}: esa carpeta no existe (ENOENT)\n`)
    expect(existsSync(nowhere)).toBe(false)
  }, 60_000)

  it('backs up, checks and restores the register', async () => {
    const backup = join(dir, 'usb', 'register-backup.sqlite3')
    mkdirSync(dirname(backup), { recursive: true })
    const saved = await json('backup', '--out', backup)
    expect(saved).toMatchObject({ ok: true, file: backup })
    const clientsAtBackup = saved.clients as number
    await json('client', 'add', '--given', 'After', '--family', 'Backup')
    expect(await json('check')).toMatchObject({ ok: true, clients: clientsAtBackup + 1 })
    const restored = await json<{ restored: { clients: number }; previousKeptAt: string }>('restore', '--from', backup)
    expect(restored.restored.clients).toBe(clientsAtBackup)
    expect(await json<unknown[]>('search', 'after backup')).toEqual([])
    writeFileSync(join(dir, 'broken.sqlite3'), 'not a register')
    await expectRefusal(['restore', '--from', join(dir, 'broken.sqlite3')], 'is not an Aftercare Desk register')
    const check = await admin('--db', join(dir, 'broken.sqlite3'), 'check')
    expect(check.code).toBe(1)
    expect(check.stderr).toMatch(/is not an Aftercare Desk register/)
  })

  it('exports CSV, imports CSV, gives a client their data, erases them, and shows the audit log', async () => {
    const exported = await json<{ clients: { rows: number }; treatments: { rows: number } }>(
      'export', '--clients', join(dir, 'clients.csv'), '--treatments', join(dir, 'treatments.csv')
    )
    expect(exported.clients.rows).toBeGreaterThan(0)
    expect(readFileSync(join(dir, 'clients.csv'), 'utf8').startsWith('\uFEFFid,given_name')).toBe(true)

    writeFileSync(join(dir, 'incoming.csv'), 'First Name,Last Name,DOB\nImported,Person,31/12/1980\n,Broken,\n')
    const report = await json<{ imported: number; errors: { row: number }[] }>('import', '--clients', join(dir, 'incoming.csv'))
    expect(report).toMatchObject({ imported: 1, errors: [{ row: 3 }] })
    expect((await json<{ imported: number }>('import', '--clients', join(dir, 'incoming.csv'))).imported).toBe(0)

    const [person] = await json<{ id: string }[]>('search', 'imported person')
    const files = await json<{ json: string; pdf: string }>('client', 'export', person?.id as string, '--out', join(dir, 'request'))
    expect(JSON.parse(readFileSync(files.json, 'utf8')).client.familyName).toBe('Person')
    expect((await readPdf(readFileSync(files.pdf))).text).toContain('Imported Person')

    await expectRefusal(['client', 'erase', person?.id as string], /kept until \d{4}-\d{2}-\d{2} \(8 years after the record was made\)\. To erase them before then, give the reason/)
    expect(await json('client', 'erase', person?.id as string, '--reason', 'Added twice by mistake')).toMatchObject({ clientId: person?.id, treatments: 0 })
    expect(await json<unknown[]>('search', 'imported person', '--archived')).toEqual([])
    const audit = await json<{ action: string; actor: string }[]>('audit', '--action', 'erase')
    expect(audit).toHaveLength(1)
    expect(audit[0]?.actor).toMatch(/^IT \(/)
    // What is left of an erased client: the tombstone and their export, no personal data.
    const theirs = await json<{ action: string }[]>('audit', '--client', person?.id as string)
    expect(theirs.map(({ action }) => action)).toEqual(['erase', 'export'])
    await expectRefusal(['audit', '--since', 'yesterday'], 'YYYY-MM-DD')
  })

  it('imports a client list as Excel saves it: a sheet, an encoding and a date order chosen; a locked workbook refused', async () => {
    writeFileSync(
      join(dir, 'kunden.xlsx'),
      await excelWorkbook((book) => {
        book.addWorksheet('Notes').addRow(['Exported from the old system'])
        const clients = book.addWorksheet('Kunden')
        clients.addRow(['Vorname', 'Nachname', 'Geburtsdatum'])
        clients.addRow(['Jürgen', 'Mühlbauer', new Date(Date.UTC(1980, 11, 31))])
      })
    )
    const fromSheet = await json('import', '--clients', join(dir, 'kunden.xlsx'), '--sheet', 'Kunden')
    expect(fromSheet).toMatchObject({ imported: 1, read: { format: 'xlsx', sheets: ['Notes', 'Kunden'], sheet: 'Kunden' } })
    writeFileSync(join(dir, 'kunden.csv'), excelCsvWindows1252([['Vorname', 'Nachname', 'Geburtsdatum'], ['Grete', 'Weißmüller', '03/04/1975']]))
    const fromCsv = await json('import', '--clients', join(dir, 'kunden.csv'), '--encoding', 'windows-1252', '--date-order', 'MDY')
    expect(fromCsv).toMatchObject({ imported: 1, read: { format: 'csv', encoding: 'windows-1252', encodingReason: 'chosen', delimiter: ';', dateOrder: 'MDY' } })
    expect(await json('search', 'Weißmüller')).toMatchObject([{ givenName: 'Grete', dateOfBirth: '1975-03-04' }])
    expect(await json('search', 'Mühlbauer')).toMatchObject([{ givenName: 'Jürgen', dateOfBirth: '1980-12-31' }])

    writeFileSync(join(dir, 'locked.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]))
    await expectRefusal(['import', '--clients', join(dir, 'locked.xlsx')], /password-protected, or saved in the old Excel format \(\.xls\), so nothing was imported/)
    await expectRefusal(['import', '--clients', join(dir, 'kunden.xlsx'), '--sheet', 'Archiv'], 'This workbook has no sheet named "Archiv". Its sheets are: "Notes", "Kunden".')
    await expectRefusal(['import', '--clients', join(dir, 'kunden.csv'), '--encoding', 'ebcdic'], /UTF-8, UTF-16 or Windows-1252/)
  })

  it('shows, exports and imports the protocol as versions, refusing a bad file', async () => {
    const file = join(dir, 'protocol.json')
    const exported = await json<{ version: number }>('protocol', 'export', '--out', file)
    const protocol = JSON.parse(readFileSync(file, 'utf8'))
    expect(protocol).toEqual(await json('protocol', 'show', '--version', String(exported.version)))
    protocol.bands[3].timings.retinoids = { amount: 21, unit: 'days' }
    writeFileSync(file, JSON.stringify(protocol))
    const imported = await json<{ version: number }>('protocol', 'import', '--file', file, '--note', 'Longer pause', '--by', 'Dr Okafor')
    expect(imported.version).toBe(exported.version + 1)
    protocol.bands[2].timings.retinoids = { amount: 1, unit: 'days' }
    writeFileSync(file, JSON.stringify(protocol))
    await expectRefusal(['protocol', 'import', '--file', file], /A deeper treatment needs at least as long/)
    writeFileSync(file, '{ this is not json')
    await expectRefusal(['protocol', 'import', '--file', file], /is not a protocol file.*Nothing was saved/)
    const versions = await json<{ version: number; note: string }[]>('protocol', 'versions')
    expect(versions[0]).toMatchObject({ version: imported.version, note: 'Longer pause' })

    // A file imported with no note is noted in the CLI's language; the shipped version's note is said in it when read.
    const again = join(dir, 'protocole.json')
    await json('protocol', 'export', '--out', again)
    const inFrench = await admin('--lang', 'fr', 'protocol', 'import', '--file', again)
    expect(JSON.parse(inFrench.stdout)).toMatchObject({ version: imported.version + 1, note: `Importé depuis ${again}` })
    expect((await json<{ note: string }[]>('protocol', 'versions')).at(-1)).toMatchObject({ version: 1, note: 'The default protocol shipped with Aftercare Desk' })
    const frenchVersions = JSON.parse((await admin('--lang', 'fr', 'protocol', 'versions')).stdout) as { version: number; note: string }[]
    expect(frenchVersions.at(-1)).toMatchObject({ version: 1, note: 'Le protocole par défaut fourni avec Aftercare Desk' })
  })

  it('screens a visit from a file of answers, and adds today’s treatment only as the screening allows', async () => {
    const questionnaireFile = join(dir, 'screening.json')
    const exported = await json<{ version: number }>('screening', 'export', '--out', questionnaireFile)
    const questionnaire = JSON.parse(readFileSync(questionnaireFile, 'utf8')) as { questions: { id: string; kind: string; radiofrequencyOnly: boolean }[] }
    expect(questionnaire).toEqual(await json('screening', 'show', '--version', String(exported.version)))
    writeFileSync(questionnaireFile, JSON.stringify({ ...questionnaire, questions: [...questionnaire.questions, questionnaire.questions[0]] }))
    await expectRefusal(['screening', 'import', '--file', questionnaireFile], /Two questions have the id "infection_or_wound".*/)
    expect(await json<unknown[]>('screening', 'versions')).toHaveLength(exported.version)
    // A file exported before the questions had languages (format 1) imports as format 2.
    writeFileSync(questionnaireFile, JSON.stringify(asFormat1(DEFAULT_QUESTIONNAIRE)))
    const imported = await json<{ version: number }>('screening', 'import', '--file', questionnaireFile)
    expect(await json('screening', 'show', '--version', String(imported.version))).toEqual(DEFAULT_QUESTIONNAIRE)

    const today = todayIn('Europe/London')
    const answers = Object.fromEntries(
      questionnaire.questions.filter((question) => !question.radiofrequencyOnly).map((question) => [question.id, question.kind === 'yes-no' ? false : null])
    )
    const answersFile = join(dir, 'answers.json')
    const addToday = ['treatment', 'add', '--client', zoeId, '--at', `${today}T09:30`, '--zone', 'forehead=0.5']
    await expectRefusal(addToday, /Screen the client for today’s visit before recording the treatment/)

    writeFileSync(answersFile, JSON.stringify({ ...answers, blood_thinners: true }))
    const review = await json('screening', 'record', '--client', zoeId, '--answers', answersFile, '--zone', 'forehead', '--at', `${today}T09:00`)
    expect(review).toMatchObject({ outcome: 'review', reasons: [expect.stringMatching(/Blood thinners/)] })
    await expectRefusal(addToday, /asks a practitioner to review this visit/)
    const reviewed = [...addToday, '--reviewed-by', 'Dr Okafor', '--reason', 'Prescribed aspirin 75 mg; gentle.']
    await expectRefusal(reviewed, /^Ask the client to sign the consent form before recording the treatment/)
    // A consent is signed on the desk's screen, never at a terminal: signed here as a desk does.
    const database = await openRegister(db, { serverBackupsDir: dir })
    await callsOf(deskHandlerTable(database, 'Desk')).ok('consents.sign', signedConsent(zoeId, String(review.id), { zones: [{ zone: 'forehead', depthMm: 0.5 }] }))
    await database.close()
    expect(await json<{ consents: unknown[] }>('consent', 'list', '--client', zoeId)).toMatchObject({
      photoConsent: 'record',
      consents: [{ screeningId: review.id, screeningOutcome: 'review', formVersion: 1, practitioner: 'Dr Okafor' }]
    })
    const treated = await json<{ screening: unknown }>(...reviewed)
    expect(treated.screening).toMatchObject({ outcome: 'review', decidedBy: 'Dr Okafor' })

    writeFileSync(answersFile, JSON.stringify({ ...answers, made_up: true }))
    await expectRefusal(['screening', 'record', '--client', zoeId, '--answers', answersFile, '--zone', 'chin'], /There is no question "made_up"/)
  })

  it('seeds realistic demo clients in many scripts', async () => {
    const seeded = await json<{ clients: number; treatments: number }>('seed-demo', '--clients', '300', '--seed', '7')
    expect(seeded.clients).toBe(300)
    expect(seeded.treatments).toBeGreaterThan(300)
    const clients = await json<{ givenName: string; familyName: string }[]>('client', 'list', '--limit', '1000')
    const names = clients.map((client) => `${client.givenName} ${client.familyName}`).join(' ')
    expect(names).toMatch(/\p{Script=Greek}/u)
    expect(names).toMatch(/\p{Script=Cyrillic}/u)
    expect(names).toMatch(/\p{Script=Han}/u)
    expect(names).toMatch(/[^\p{ASCII}]/u)
  })

  it('opens the same register the app uses when --db is not given', async () => {
    const home = makeTempDir()
    try {
      const { stdout } = await run(process.execPath, ['scripts/admin.mjs', 'client', 'add', '--given', 'Ana', '--family', 'Silva'], {
        cwd: root,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config') }
      })
      expect(JSON.parse(stdout)).toMatchObject({ givenName: 'Ana' })
      const { stdout: listed } = await run(
        process.execPath,
        ['scripts/admin.mjs', '--db', join(home, 'config', 'Aftercare Desk', 'register.sqlite3'), 'client', 'list'],
        { cwd: root }
      )
      expect(JSON.parse(listed)).toHaveLength(1)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })

  it('runs through npm as the README documents, and prints help', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'admin', '--', '--help'], { cwd: root })
    expect(stdout).toContain('Usage: npm run -s admin -- [--db FILE|URL] [--as NAME] [--lang en|es|fr|de] <command>')
    expect(stdout).toContain('seed-demo --clients N [--seed S]')
  })

  it('reads the register from AFTERCARE_DATABASE_URL when --db is not given', async () => {
    const { stdout } = await run(process.execPath, ['scripts/admin.mjs', 'client', 'list', '--archived'], {
      cwd: root,
      env: { ...process.env, AFTERCARE_DATABASE_URL: db }
    })
    expect(JSON.parse(stdout)).toEqual(await json('client', 'list', '--archived'))
  })

  it('copies the register into a new file, checked table by table, and refuses a file that exists', async () => {
    const copy = join(dir, 'copied.sqlite3')
    const report = await json<{ dataVersion: number; tables: { table: string; rows: number; sha256: string }[] }>(
      'register', 'copy', '--to', copy
    )
    const clients = report.tables.find(({ table }) => table === 'clients')
    expect(clients?.rows).toBe((await json<unknown[]>('client', 'list', '--archived')).length)
    expect(report.tables.map(({ table }) => table)).toContain('audit_log')
    expect(await admin('--db', copy, 'check')).toMatchObject({ code: 0 })
    expect(JSON.parse((await admin('--db', copy, 'client', 'list', '--archived')).stdout)).toEqual(await json('client', 'list', '--archived'))
    const before = readFileSync(copy)
    await expectRefusal(['register', 'copy', '--to', copy], 'already exists, so nothing was copied')
    expect(readFileSync(copy).equals(before)).toBe(true)
  })

  it('refuses a register from a newer app with one line', async () => {
    const database = await openRegister(db, { serverBackupsDir: dir })
    await sql`insert into schema_migrations values (999, 'future', '2030-01-01')`.execute(database.db)
    await database.close()
    const result = await admin('client', 'list')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^This register was saved by a newer version of Aftercare Desk.*\n$/)
  })

  it('keeps the staff: a new PIN never on the command line, never printed; owner-only commands need --as an owner', async () => {
    const register = testEngine === 'postgres' ? await newTestDatabase(inject('postgres')) : join(dir, 'staff.sqlite3')
    const as = async (person: string | undefined, pin: string, args: string[], newPin?: string): Promise<CliRun> =>
      adminOn({ register, env: { AFTERCARE_PIN: pin, ...(newPin ? { AFTERCARE_NEW_PIN: newPin } : {}) } }, ...(person ? ['--as', person] : []), ...args)
    try {
      // Nobody has set the clinic up: the CLI works as before staff, and adds the owner.
      const owner = JSON.parse((await as(undefined, '', ['staff', 'add', '--name', 'Maria Lopez', '--role', 'owner'], '482913')).stdout)
      expect(owner).toEqual({ id: expect.any(String), name: 'Maria Lopez', role: 'owner', doctor: false, active: true })
      expect((await as(undefined, '', ['desk', 'access', '--sign-in', 'staff', '--lock-after', '10'])).code).toBe(0)
      // From now on IT has reception's rights: the register, not its copies, staff or restore.
      const refused = await as(undefined, '', ['backup', '--out', join(dir, 'staff-backup.sqlite3')])
      expect(refused).toMatchObject({ code: 1, stdout: '', stderr: 'Only the clinic owner can do this.\n' })
      expect((await as(undefined, '', ['staff', 'list'])).stderr).toBe('Only the clinic owner can do this.\n')
      expect((await as(undefined, '', ['client', 'add', '--given', 'Ana', '--family', 'Silva'])).code).toBe(0)
      // A wrong PIN is one line; the owner's own works.
      expect((await as('Maria Lopez', '000000', ['staff', 'list'])).stderr).toMatch(/^That PIN is not right\. 4 tries left before a wait\.\n$/)
      const added = await as('Maria Lopez', '482913', ['staff', 'add', '--name', 'Jo Reyes', '--role', 'reception'], '1234')
      const jo = JSON.parse(added.stdout) as { id: string }
      const listed = await as('Maria Lopez', '482913', ['staff', 'list'])
      expect(listed.stdout).not.toMatch(/pin|scrypt|482913|1234/i)
      expect(JSON.parse(listed.stdout)).toEqual([
        { id: jo.id, name: 'Jo Reyes', role: 'reception', doctor: false, active: true },
        { id: owner.id, name: 'Maria Lopez', role: 'owner', doctor: false, active: true }
      ])
      // Jo may work on clients, not restore; a new PIN replaces the old one.
      expect((await as('Jo Reyes', '1234', ['restore', '--from', join(dir, 'none.sqlite3')])).stderr).toBe('Only the clinic owner can do this.\n')
      expect((await as('Maria Lopez', '482913', ['staff', 'set-pin', jo.id], '5678')).code).toBe(0)
      expect((await as('Jo Reyes', '1234', ['client', 'list'])).stderr).toMatch(/^That PIN is not right/)
      expect((await as('Jo Reyes', '5678', ['client', 'list'])).code).toBe(0)
      // Deactivated, never deleted: Jo's name stays in the log, and Jo cannot sign in.
      expect(JSON.parse((await as('Maria Lopez', '482913', ['staff', 'deactivate', jo.id])).stdout)).toMatchObject({ active: false })
      expect((await as('Jo Reyes', '5678', ['client', 'list'])).stderr).toBe('Jo Reyes can no longer sign in. The clinic owner can make them active again.\n')
      const log = JSON.parse((await as('Maria Lopez', '482913', ['audit', '--person', 'Jo Reyes'])).stdout) as { actor: string; action: string; desk: string }[]
      expect(log.map((entry) => entry.action)).toEqual(['sign-in', 'sign-in'])
      expect(log.every((entry) => entry.actor === 'Jo Reyes' && entry.desk.length > 0)).toBe(true)
      // Without a PIN to read, the CLI asks for one: never from an argument.
      expect((await as('Maria Lopez', '482913', ['staff', 'add', '--name', 'Sam Cole', '--role', 'practitioner'])).stderr).toBe(
        "Give Sam Cole's new PIN in AFTERCARE_NEW_PIN, or run this in a terminal to be asked for it.\n"
      )
    } finally {
      if (testEngine === 'postgres') await dropTestDatabase(inject('postgres'), register)
    }
  })
})
