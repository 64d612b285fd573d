import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import { dispatch } from '../../src/main/api/dispatch'
import { sql } from 'kysely'
import type { ClientTable, TreatmentTable } from '../../src/main/db/schema'
import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from '../../src/shared/audit/audit-entry'
import { aftercareProtocolSchema } from '../../src/shared/aftercare/protocol'
import { clinicSettingsSchema, PAPER_SIZES } from '../../src/shared/clinic/clinic-settings'
import { CALL_NAMES, isCallName, type CallName } from '../../src/shared/contract/call-names'
import { callInputs } from '../../src/shared/contract/calls'
import { ERROR_CODES } from '../../src/shared/contract/errors'
import { deskUserName, HANDOUT_KINDS } from '../../src/shared/handouts/handout-kinds'
import { clientFieldsSchema } from '../../src/shared/register/client'
import { treatmentFieldsSchema } from '../../src/shared/register/treatment'
import { HANDOUT_LANGUAGES } from '../../src/shared/register/vocabulary'
import { registerProblems } from '../../src/main/safety/register-soundness'
import { openTempRegister, type TempRegister } from '../support/temp-register'

// Random and hostile input at every call of the contract, through `dispatch` exactly as IPC
// delivers it: wrong types, huge and strange strings, prototype-pollution keys, deep nesting,
// NaN and friends, SQL, HTML and ICU payloads, and valid input with one field turned hostile
// (so the hostile value gets past the other fields and reaches the handler). No call may
// throw, crash or answer with anything but a typed envelope, and afterwards every row in the
// register must still pass the shared schemas.

const RUNS_PER_CALL = 60
// These render a PDF at every valid call, a few hundred milliseconds each.
const RUNS_PER_PDF_CALL = 12
const PDF_CALLS = new Set(['handouts.produce', 'handouts.reprint', 'clients.exportData', 'protocol.preview', 'handouts.combine', 'prepSheets.produce'])
const seed = Number(process.env.AFTERCARE_FUZZ_SEED ?? Date.now() % 1_000_000)

let register: TempRegister
const ids = { clients: [] as string[], treatments: [] as string[], handouts: [] as string[] }
let validProtocol: unknown
let pdfBytes: Uint8Array = new Uint8Array()
const unexpectedLogs: unknown[][] = []
/** How each call answered, to show how much of the hostile input got past validation. */
const answers = new Map<string, Map<string, number>>()
function tally(name: string, result: { ok: boolean; error?: { code: string } }): void {
  const counts = answers.get(name) ?? new Map<string, number>()
  const key = result.ok ? 'ok' : (result.error?.code ?? '?')
  counts.set(key, (counts.get(key) ?? 0) + 1)
  answers.set(name, counts)
}

beforeAll(async () => {
  register = await openTempRegister()
  const names = [
    ['Zoë', 'Łukasiewicz'],
    ['李', '小龙'],
    ['Σοφία', 'Παπαδοπούλου'],
    ['Ana', "O'Neil-Smith"]
  ]
  for (const [givenName, familyName] of names) {
    const client = await register.ok('clients.create', { givenName: givenName as string, familyName: familyName as string, dateOfBirth: '1985-03-12' })
    ids.clients.push(client.id)
    const treatment = await register.ok('treatments.create', {
      clientId: client.id,
      performedAt: '2026-01-10T10:00',
      timeZone: 'Europe/London',
      zones: [{ zone: 'cheeks', depthMm: 1.5 }]
    })
    ids.treatments.push(treatment.id)
  }
  const produced = await register.ok('handouts.produce', { treatmentId: ids.treatments[0] as string, producedBy: 'Ana at the desk' })
  ids.handouts.push(produced.entry.id)
  pdfBytes = produced.bytes
  const current = await dispatch(register.table, 'protocol.current', {})
  if (current.ok) validProtocol = (current.value as { protocol: unknown }).protocol
  // dispatch logs every 'unexpected' failure; collect them instead of printing them.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void unexpectedLogs.push(args))
}, 60_000)

afterAll(async () => {
  vi.restoreAllMocks()
  const lines = [...answers].map(([name, counts]) => `${name}: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')}`)
  console.info(`hostile input (seed ${seed}), answers per call:\n${lines.join('\n')}`)
  await register?.close()
})

// --- Hostile values -----------------------------------------------------------------------

const PAYLOADS = [
  // SQL, LIKE and full-text search syntax
  "'; DROP TABLE clients; --", '" OR 1=1 --', "Robert'); DELETE FROM treatments; --", '%', '_', '%_%', '\\', '*', 'NEAR(a b)', 'a OR b', '"', "'",
  // HTML and script
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<webview src="https://example.com">',
  // template, ICU and vue-i18n message syntax
  '{{constructor.constructor("return process")()}}', '${process.exit(1)}', '{name, plural, one {#} other {# items}}', '{0}', '@:common.errors', '{', '|',
  // CSV formulas
  "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1',
  // paths and URLs
  '../../../../etc/passwd', 'C:\\Windows\\System32\\config', 'file:///etc/passwd', '\\\\server\\share\\x', 'https://example.com/x.png',
  // control characters, direction overrides, zero-width, odd Unicode
  '\u0000', 'a\u0000b', '\u202Eevil\u202C', '\uFEFF', '\u200B', '\u2028', '\r\n', 'ﷺ', '𝕬𝖓𝖆', '👩‍⚕️', 'Ｚｏë', 'İı', 'ß', 'ǅ', 'e\u0301', '   ',
  // words that are values elsewhere
  'null', 'undefined', 'NaN', 'true', '0', '-0', '1e309', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  // dates, times, zones
  '9999-12-31', '0000-00-00', '2026-02-30', '2026-01-10T25:61', '2026-01-10T10:00Z', '1899-12-31', '+275760-09-13', 'Europe/Nowhere', 'Etc/GMT+14',
  // near-ids: right length, wrong letters, or ids of another kind
  '00000000000000000000000000', 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', '7ZZZZZZZZZZZZZZZZZZZZZZZZZ', 'UUUUUUUUUUUUUUUUUUUUUUUUUU', 'iiiiiiiiiiiiiiiiiiiiiiiiii'
]

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), loneSurrogate), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 80 }) },
  // huge: past every length limit, and big enough to be slow if anything is quadratic
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '👩‍⚕️', "'", '<b>', 'Zoë '), fc.constantFrom(201, 5_001, 60_000, 300_000)).map(([unit, n]) => unit.repeat(n)) }
)

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.1 + 0.2, 1.005, 2.999999999, 3.0000001, 0.099999, 1e21, 1e-7),
  fc.constantFrom(Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, Number.MIN_SAFE_INTEGER - 2, 2 ** 31, -(2 ** 31) - 1),
  fc.double(),
  fc.integer()
)

/** Gives a value a short printed form for fast-check's reports, which could not print it. */
function labelled<T extends object>(value: T, label: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false })
  return value
}

function nested(depth: number, leaf: unknown, inArray: boolean): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = inArray ? [value] : { a: value }
  return labelled(value as object, `${inArray ? 'array' : 'object'} nested ${depth} deep`)
}

function throwingProxy(): object {
  // Symbol keys are fast-check's own (its clone and print methods) and get plain answers;
  // every property name, key listing and prototype lookup the code under test makes throws.
  const label = () => 'a proxy that throws from every trap'
  const fail = (): never => {
    throw new Error('trap')
  }
  return new Proxy(
    {},
    {
      get: (_target, key) => (key === fc.toStringMethod ? label : typeof key === 'symbol' ? undefined : fail()),
      has: (_target, key) => (typeof key === 'symbol' ? false : fail()),
      getOwnPropertyDescriptor: (_target, key) => (typeof key === 'symbol' ? undefined : fail()),
      ownKeys: fail,
      getPrototypeOf: fail
    }
  )
}

const POLLUTERS = [
  () => JSON.parse('{"__proto__": {"polluted": "yes", "isAdmin": true}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  () => JSON.parse('{"__proto__": {"toString": "x", "valueOf": 1}, "givenName": "Ana", "familyName": "Lima"}') as unknown,
  () => Object.assign(Object.create(null) as object, { givenName: 'Ana', familyName: 'Lima', __proto__: { polluted: 'yes' } }),
  () => ({ toString: () => 'Ana', valueOf: () => 1, toJSON: () => ({ givenName: 'Ana' }) })
]

const hostileObject = fc.oneof(
  fc.constantFrom(...POLLUTERS).map((make) => make()),
  fc.tuple(fc.constantFrom(50, 2_000, 20_000), fc.boolean()).map(([depth, inArray]) => nested(depth, 'deep', inArray)),
  fc.constantFrom(10_000, 200_000).map((n) =>
    labelled(Array.from({ length: n }, () => ({ zone: 'cheeks', depthMm: 1 })), `${n} zones`)
  ),
  fc.constantFrom(new Date(NaN), new Date(8.64e15), new Map([['givenName', 'Ana']]), new Set(['Ana']), new Uint8Array([1, 2, 3]), new ArrayBuffer(8)),
  fc.uint8Array({ maxLength: 2_000 }),
  fc.constantFrom(
    () => 'a function',
    Symbol('s'),
    10n ** 30n,
    throwingProxy(),
    labelled(
      Object.defineProperty({}, 'givenName', { enumerable: true, get: () => { throw new Error('getter') } }),
      'an object whose givenName getter throws'
    )
  )
)

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileObject },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [[]], [null], '') },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'givenName', 'zones', 'id')),
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      stringUnit: 'binary'
    })
  }
)

// --- Valid input, to turn one part of hostile --------------------------------------------

const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** Plausible values for fields by their name, from the seeded register where they are ids. */
function plausible(key: string): fc.Arbitrary<unknown> {
  const pick = <T>(values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values)
  switch (key) {
    case 'id':
      return pick([...ids.clients, ...ids.treatments, ...ids.handouts])
    case 'clientId':
    case 'subjectId':
      return pick(ids.clients)
    case 'treatmentId':
      return pick(ids.treatments)
    case 'entryId':
      return pick(ids.handouts)
    case 'givenName':
    case 'familyName':
      return pick(['Zoë', 'Ana', '李', 'Σοφία', "O'Neil", 'Jean-Luc'])
    case 'dateOfBirth':
      return pick(['1985-03-12', '2000-02-29', null])
    case 'phone':
    case 'outOfHoursPhone':
      return pick(['+44 7700 900123', '07700 900123', null])
    case 'email':
      return pick(['zoe@example.com', null])
    case 'skinType':
      return pick(['I', 'IV', 'VI', null])
    case 'language':
    case 'defaultLanguage':
      return pick([...HANDOUT_LANGUAGES])
    case 'notes':
    case 'products':
    case 'note':
      return pick(['Allergic to lidocaine', ''])
    case 'performedAt':
      return pick(['2026-01-10T10:00', '2025-12-31T23:59'])
    case 'timeZone':
      return pick(['Europe/London', 'America/New_York', 'Asia/Kolkata'])
    case 'zones':
      return pick([[{ zone: 'cheeks', depthMm: 1.5 }], [{ zone: 'forehead', depthMm: 0.25 }, { zone: 'neck', depthMm: 3 }]])
    case 'concerns':
      return pick([['texture'], ['acne_scars', 'other']])
    case 'practitioner':
    case 'device':
    case 'producedBy':
    case 'createdBy':
      return pick(['Ana at the desk', 'Microneedling pen'])
    case 'sessionNumber':
    case 'version':
    case 'from':
    case 'to':
      return pick([1, 2])
    case 'kind':
      return pick([...HANDOUT_KINDS])
    case 'paper':
      return pick([...PAPER_SIZES])
    case 'includeArchived':
    case 'archived':
      return fc.boolean()
    case 'limit':
      return pick([1, 5, 100])
    case 'offset':
      return pick([0, 2])
    case 'query':
      return pick(['zoe', 'lukasiewicz', '07700', '1985-03-12', '李'])
    case 'date':
    case 'since':
      return pick(['2026-01-10', '2026-01-01'])
    case 'action':
      return pick([...AUDIT_ACTIONS])
    case 'file':
      return pick(['given name,family name,email\nBea,Lima,bea@example.com\n', 'First,Last\n=1+1,Lima\n']).map((csv) => new TextEncoder().encode(csv))
    case 'fileName':
      return pick(['clients.csv'])
    case 'encoding':
      return pick(['utf-8', 'windows-1252'])
    case 'mapping':
      return pick([{ givenName: 'given name', familyName: 'family name' }, {}])
    case 'dateOrder':
      return pick(['DMY', 'MDY'])
    case 'name':
      return pick(['Aftercare Clinic'])
    case 'address':
    case 'website':
      return pick(['1 High Street', 'https://clinic.example'])
    case 'depthMm':
      return pick([0.5, 1.5])
    case 'base64':
      return pick([TINY_PNG])
    case 'files':
      return fc.constant([pdfBytes])
    case 'protocol':
      return fc.constant(validProtocol)
    default:
      return fc.constant(undefined)
  }
}

/** The field names a call's schema knows, found by unwrapping defaults, pipes and refinements. */
function fieldsOf(schema: z.ZodType): string[] {
  let current: unknown = schema
  for (let i = 0; i < 10 && current; i++) {
    const candidate = current as { shape?: Record<string, unknown>; _zod?: { def?: { innerType?: unknown; in?: unknown } } }
    if (candidate.shape) return Object.keys(candidate.shape)
    current = candidate._zod?.def?.innerType ?? candidate._zod?.def?.in
  }
  return []
}

/** A valid input of a call, built field by field from plausible values. */
function validInput(name: CallName): fc.Arbitrary<Record<string, unknown>> {
  const fields = fieldsOf(callInputs[name] as z.ZodType)
  if (name === 'clients.update') {
    return fc.record({ id: plausible('clientId'), fields: validInput('clients.create') })
  }
  const record: Record<string, fc.Arbitrary<unknown>> = {}
  for (const field of fields) record[field] = plausible(field)
  return fc.record(record)
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'then', '']

type Edit =
  | { kind: 'set'; key: string; value: unknown }
  | { kind: 'delete'; key: string }
  | { kind: 'nested'; key: string; value: unknown; index: number }

/** Valid input with one to three parts of it turned hostile; or a wholly hostile input. */
function hostileInput(name: CallName): fc.Arbitrary<unknown> {
  const keys = [...new Set([...fieldsOf(callInputs[name] as z.ZodType), 'fields', ...HOSTILE_KEYS])]
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...keys), value: hostileValue }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...keys) }) },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('nested' as const), key: fc.constantFrom(...keys), value: hostileValue, index: fc.nat() })
    }
  )
  const edited = fc.tuple(validInput(name), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([input, edits]) => {
    const copy: Record<string, unknown> = { ...input }
    const hostileKeys = new Set<string>()
    for (const change of edits) {
      if (change.kind === 'delete') {
        delete copy[change.key]
        continue
      }
      // Only into values of the valid input, not into a hostile value an earlier edit set.
      const target = change.kind === 'nested' && !hostileKeys.has(change.key) ? copy[change.key] : undefined
      hostileKeys.add(change.key)
      if (change.kind === 'nested' && target && typeof target === 'object') {
        // Into the first element of an array (a zone), or one level into an object (fields).
        const inner = Array.isArray(target) ? target[0] : target
        if (inner && typeof inner === 'object') {
          const innerKeys = Object.keys(inner)
          const innerKey = innerKeys[change.index % Math.max(innerKeys.length, 1)] ?? 'x'
          const replaced = { ...(inner as object), [innerKey]: change.value }
          copy[change.key] = Array.isArray(target) ? [replaced, ...target.slice(1)] : replaced
          continue
        }
      }
      Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, writable: true, configurable: true })
    }
    return copy
  })
  return fc.oneof({ weight: 5, arbitrary: edited }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: validInput(name) })
}

// --- What every answer must be ------------------------------------------------------------

function describeInput(input: unknown): string {
  try {
    return fc.stringify(input).slice(0, 500)
  } catch {
    return '(an input that cannot be printed)'
  }
}

/** Runs checks; when one fails, its message says which call and input it was. */
function withContext(what: string, input: unknown, checks: () => void): void {
  try {
    checks()
  } catch (error) {
    const logged = unexpectedLogs.map((args) => String(args[1])).join('\n')
    throw new Error(`${what} ${describeInput(input)}\n${(error as Error).message}${logged ? `\nlogged: ${logged}` : ''}`, {
      cause: error
    })
  }
}

/** A typed envelope, whose failure message is for the desk: no stack, no SQL, no error class. */
function expectEnvelope(result: unknown): void {
  expect(result).toBeTypeOf('object')
  const envelope = result as { ok: unknown; value?: unknown; error?: { code: unknown; message: unknown; fields?: unknown } }
  if (envelope.ok === true) {
    expect('value' in envelope).toBe(true)
    return
  }
  expect(envelope.ok).toBe(false)
  const { error } = envelope
  expect(ERROR_CODES).toContain(error?.code)
  expect(error?.message).toBeTypeOf('string')
  expect((error?.message as string).trim().length).toBeGreaterThan(0)
  expect(error?.message).not.toMatch(/SQLITE_|SqliteError|TypeError|RangeError|ZodError|\bat \S+:\d+:\d+/)
  if (error?.fields !== undefined) {
    for (const message of Object.values(error.fields as Record<string, unknown>)) expect(message).toBeTypeOf('string')
  }
  // A hostile input is refused, or not found; it never reaches a state the code did not expect.
  expect(error?.code, JSON.stringify(error)).not.toBe('unexpected')
}

function expectNoPollution(): void {
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
}

describe('hostile input at every call', () => {
  // Erasure last: erasing the seeded clients early would leave the calls after it only "not found".
  const order = [...CALL_NAMES.filter((name) => name !== 'clients.erase'), 'clients.erase' as const]
  it.each(order.map((name) => [name]))(`%s answers every input with a typed envelope (seed ${seed})`, { timeout: 120_000 }, async (name) => {
    const runs = PDF_CALLS.has(name) ? RUNS_PER_PDF_CALL : RUNS_PER_CALL
    await fc.assert(
      fc.asyncProperty(hostileInput(name), async (input) => {
        unexpectedLogs.length = 0
        const result = await dispatch(register.table, name, input)
        tally(name, result)
        withContext(`${name} with`, input, () => {
          expectEnvelope(result)
          expectNoPollution()
        })
      }),
      { numRuns: runs, seed, endOnFailure: true }
    )
  })

  it(`answers a call name it does not know with "forbidden" (seed ${seed})`, async () => {
    const names = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'clients', 'clients.', '.create', 'CLIENTS.CREATE'),
      fc.constantFrom('clients.create ', ' clients.create', 'clients.create\u0000', 'clients.create\u200B', 'clients..create', 'clients/create'),
      fc.constantFrom('require', 'process.exit', 'eval', 'constructor.constructor', 'clients.__proto__', 'prototype.polluted'),
      fc.string({ unit: 'binary', maxLength: 40 }),
      hostileValue
    )
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (name, input) => {
        const result = await dispatch(register.table, name, input)
        withContext(`call ${describeInput(name)} with`, input, () => {
          if (isCallName(name)) expectEnvelope(result)
          else expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } })
          expectNoPollution()
        })
      }),
      { numRuns: 300, seed }
    )
  })
})

describe('the register after the hostile input', () => {
  const rows = async <T>(query: string): Promise<T[]> => (await sql.raw<T>(query).execute(register.database.db)).rows

  it('is sound', async () => {
    expect(await registerProblems(register.database)).toEqual([])
    // And still answers.
    expect(await dispatch(register.table, 'app.info', {})).toMatchObject({ ok: true })
  })

  it('holds only clients the client form would accept, stored as it would store them', async () => {
    const clients = await rows<ClientTable>('select * from clients')
    expect(clients.length).toBeGreaterThanOrEqual(1)
    for (const row of clients) {
      const stored = {
        givenName: row.given_name,
        familyName: row.family_name,
        dateOfBirth: row.date_of_birth,
        phone: row.phone,
        email: row.email,
        skinType: row.skin_type,
        language: row.language,
        notes: row.notes
      }
      const parsed = clientFieldsSchema.safeParse(stored)
      expect(parsed.success, `${row.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
      expect(parsed.data, row.id).toEqual(stored)
      expect([0, 1]).toContain(row.archived)
    }
  })

  it('holds only treatments the treatment form would accept', async () => {
    const zones = await rows<{ treatment_id: string; zone: string; depth_hundredths_mm: number }>(
      'select treatment_id, zone, depth_hundredths_mm from treatment_zones order by treatment_id, position'
    )
    for (const row of await rows<TreatmentTable>('select * from treatments')) {
      const stored = {
        clientId: row.client_id,
        performedAt: row.performed_at_local,
        timeZone: row.time_zone,
        practitioner: row.practitioner,
        device: row.device,
        concerns: JSON.parse(row.concerns) as unknown,
        zones: zones
          .filter((zone) => zone.treatment_id === row.id)
          .map((zone) => ({ zone: zone.zone, depthMm: zone.depth_hundredths_mm / 100 })),
        products: row.products,
        notes: row.notes,
        sessionNumber: row.session_number,
        // The decision, when one was asked for, is kept apart from the screening it decided on.
        screeningId: row.screening_id,
        screeningDecision: row.screening_decided_by && { by: row.screening_decided_by, reason: row.screening_decision_reason ?? '' }
      }
      const parsed = treatmentFieldsSchema.safeParse(stored)
      expect(parsed.success, `${row.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
      expect(parsed.data, row.id).toEqual(stored)
    }
  })

  it('holds clinic settings, protocols, handout log and audit entries that pass their schemas', async () => {
    for (const { key, value } of await rows<{ key: string; value: string }>('select key, value from settings')) {
      const parsed: unknown = JSON.parse(value)
      if (key === 'clinic') expect(clinicSettingsSchema.safeParse(parsed).success, value).toBe(true)
    }
    for (const { version, body } of await rows<{ version: number; body: string }>('select version, body from protocols')) {
      const parsed = aftercareProtocolSchema.safeParse(JSON.parse(body))
      expect(parsed.success, `protocol ${version}: ${JSON.stringify(parsed.error?.issues?.slice(0, 3))}`).toBe(true)
    }
    interface HandoutRow {
      id: string
      kind: string
      language: string
      paper: string | null
      produced_by: string
      sha256: string
    }
    for (const row of await rows<HandoutRow>('select id, kind, language, paper, produced_by, sha256 from handout_log')) {
      expect(HANDOUT_KINDS, row.id).toContain(row.kind)
      expect(HANDOUT_LANGUAGES, row.id).toContain(row.language)
      if (row.paper !== null) expect(PAPER_SIZES, row.id).toContain(row.paper)
      expect(deskUserName.safeParse(row.produced_by).success, row.id).toBe(true)
      expect(row.sha256, row.id).toMatch(/^[0-9a-f]{64}$/)
    }
    for (const row of await rows<{ id: number; action: string; subject_type: string; details: string }>('select * from audit_log')) {
      expect(AUDIT_ACTIONS, String(row.id)).toContain(row.action)
      expect(AUDIT_SUBJECTS, String(row.id)).toContain(row.subject_type)
      const details = JSON.parse(row.details) as Record<string, unknown>
      expect(details).toBeTypeOf('object')
      for (const value of Object.values(details)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof value)
    }
  })
})
