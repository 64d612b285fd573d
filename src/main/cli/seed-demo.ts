import {
  fakerAR,
  fakerDE,
  fakerEL,
  fakerEN_GB,
  fakerEN_US,
  fakerES,
  fakerFR,
  fakerHE,
  fakerIT,
  fakerJA,
  fakerKO,
  fakerPL,
  fakerPT_BR,
  fakerRU,
  fakerTR,
  fakerUK,
  fakerVI,
  fakerZH_CN,
  type Faker
} from '@faker-js/faker'
import { Temporal } from 'temporal-polyfill'
import { machineTimeZone } from '@shared/dates/calendar-date'
import { clientFieldsSchema } from '@shared/register/client'
import { readPhoneNumber } from '@shared/register/phone-numbers'
import { dateOfBirth } from '@shared/register/field-rules'
import { treatmentFieldsSchema } from '@shared/register/treatment'
import { COMMON_DEVICES, TREATMENT_CONCERNS, TREATMENT_ZONES } from '@shared/register/vocabulary'
import type { RegisterDatabase } from '../db/register-database'
import { ClientRepository, type ClientFieldValues } from '../register/client-repository'
import { TreatmentRepository, type TreatmentRecordFields } from '../register/treatment-repository'
import { ProtocolRepository } from '../handouts/protocol-repository'

// Weighted towards the clinic's own country, with the names in many scripts a city clinic sees.
const NAME_LOCALES: { faker: Faker; weight: number; language: 'en' | 'es' | 'fr' | 'de' }[] = [
  { faker: fakerEN_GB, weight: 30, language: 'en' },
  { faker: fakerEN_US, weight: 8, language: 'en' },
  { faker: fakerES, weight: 8, language: 'es' },
  { faker: fakerFR, weight: 8, language: 'fr' },
  { faker: fakerDE, weight: 8, language: 'de' },
  { faker: fakerIT, weight: 4, language: 'en' },
  { faker: fakerPL, weight: 5, language: 'en' },
  { faker: fakerPT_BR, weight: 4, language: 'es' },
  { faker: fakerTR, weight: 3, language: 'de' },
  { faker: fakerEL, weight: 3, language: 'en' },
  { faker: fakerRU, weight: 3, language: 'en' },
  { faker: fakerUK, weight: 2, language: 'en' },
  { faker: fakerVI, weight: 3, language: 'en' },
  { faker: fakerZH_CN, weight: 4, language: 'en' },
  { faker: fakerJA, weight: 2, language: 'en' },
  { faker: fakerKO, weight: 2, language: 'en' },
  { faker: fakerAR, weight: 2, language: 'en' },
  { faker: fakerHE, weight: 2, language: 'en' }
]
const PRACTITIONERS = ['Dr Amara Okafor', 'Sophie Laurent', 'Nurse Priya Shah', 'Dr Tomás Ruiz', 'Hannah Becker']
const DEPTHS_MM = [0.25, 0.5, 0.5, 0.75, 1, 1, 1.25, 1.5, 1.5, 2, 2.5]
const CLIENTS_PER_TRANSACTION = 20_000
const MAX_TREATMENTS_PER_CLIENT = 6
const YOUNGEST_CLIENT = 18
const OLDEST_CLIENT = 75
// Treatments fall on the last two years of days, on the quarter hour from 09:00 to 17:45.
const VISIT_DAYS = 731
const FIRST_HOUR = 9
const LAST_HOUR = 17
const VISIT_MINUTES = [0, 15, 30, 45]
const PROBE_TREATMENT = {
  clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX',
  practitioner: 'Dr Amara Okafor',
  device: 'Microneedling pen',
  concerns: ['texture'],
  zones: [{ zone: 'cheeks', depthMm: 1 }],
  notes: ''
} satisfies Partial<TreatmentRecordFields>

export interface SeedReport {
  clients: number
  treatments: number
  seconds: number
}

/**
 * Adds realistic synthetic clients and treatments, checked by the same schemas as the
 * desk's input; the same seed gives the same people.
 *
 * Every client is parsed by the client schema. Two rules are checked once rather than per
 * record, because they read the clock and the time zone database and would take most of
 * the time of a 100,000-client seed: a date of birth inside a window whose ends pass the
 * date-of-birth rule passes it too (a real date, not in the future, not before 1900), and a
 * treatment is put together only from parts that passed the treatment schema (both ends of
 * the two-year window of days, each zone at each depth, each concern, practitioner and
 * device). The first treatment of every batch is parsed in full as well, and must come out
 * unchanged.
 */
export async function seedDemoRegister(
  database: RegisterDatabase,
  options: { clients: number; seed: number }
): Promise<SeedReport> {
  const started = performance.now()
  const clients = new ClientRepository(database.db)
  const treatments = new TreatmentRepository(database.db, clients, new ProtocolRepository(database.db))
  const random = fakerEN_GB
  random.seed(options.seed)
  NAME_LOCALES.forEach((locale, index) => locale.faker.seed(options.seed * 100 + index))
  const timeZone = machineTimeZone()
  const today = Temporal.Now.plainDateISO(timeZone)
  const birthDates = checkedBirthDateWindow(today)
  const visits = checkedVisitParts(today, timeZone)

  let treatmentCount = 0
  await database.inOneBulkLoad(SEEDED_TABLES, async () => {
    for (let done = 0; done < options.clients; done += CLIENTS_PER_TRANSACTION) {
      const size = Math.min(CLIENTS_PER_TRANSACTION, options.clients - done)
      const people = Array.from({ length: size }, () => demoClient(random, birthDates))
      const ids = await clients.createMany(people)
      const batch = ids.flatMap((clientId) =>
        Array.from({ length: random.number.int({ min: 0, max: MAX_TREATMENTS_PER_CLIENT }) }, () =>
          demoTreatment(random, clientId, visits)
        )
      )
      if (batch[0]) expectSchemaAgrees(batch[0])
      await treatments.createMany(batch)
      treatmentCount += batch.length
    }
  })
  return {
    clients: options.clients,
    treatments: treatmentCount,
    seconds: Math.round((performance.now() - started) / 10) / 100
  }
}

/** The tables a seed fills. */
const SEEDED_TABLES = ['clients', 'treatments', 'treatment_zones', 'client_search_terms', 'recall_windows']

/** The dates of birth known to pass the date-of-birth rule: from the oldest to the youngest client. */
interface DateWindow {
  earliest: string
  latest: string
}

function checkedBirthDateWindow(today: Temporal.PlainDate): DateWindow {
  const window = {
    earliest: today.subtract({ years: OLDEST_CLIENT + 1 }).toString(),
    latest: today.subtract({ years: YOUNGEST_CLIENT }).toString()
  }
  dateOfBirth.parse(window.earliest)
  dateOfBirth.parse(window.latest)
  return window
}

function demoClient(random: Faker, birthDates: DateWindow): ClientFieldValues {
  const locale = random.helpers.weightedArrayElement(
    NAME_LOCALES.map((entry) => ({ value: entry, weight: entry.weight }))
  )
  const { faker } = locale
  const sex = random.helpers.weightedArrayElement([
    { value: 'female' as const, weight: 85 },
    { value: 'male' as const, weight: 15 }
  ])
  const givenName = faker.person.firstName(sex)
  const familyName = faker.person.lastName(sex)
  const candidate = {
    givenName,
    familyName,
    dateOfBirth: random.date
      .birthdate({ mode: 'age', min: YOUNGEST_CLIENT, max: OLDEST_CLIENT })
      .toISOString()
      .slice(0, 10),
    phone: random.datatype.boolean(0.95) ? demoPhone(faker.phone.number({ style: 'international' })) : null,
    email: random.datatype.boolean(0.85) ? random.internet.email().toLowerCase() : null,
    skinType: random.helpers.arrayElement(['I', 'II', 'III', 'IV', 'V', 'VI', null]),
    language: locale.language,
    notes: random.datatype.boolean(0.2) ? random.helpers.arrayElement(DEMO_NOTES) : ''
  }
  const birthDateChecked = candidate.dateOfBirth >= birthDates.earliest && candidate.dateOfBirth <= birthDates.latest
  const parse = (fields: typeof candidate): ClientFieldValues | undefined => {
    if (birthDateChecked) {
      // The date of birth, a plain YYYY-MM-DD the schema keeps as it is, is known good.
      const parsed = clientFieldsSchema.safeParse({ ...fields, dateOfBirth: null })
      return parsed.success ? { ...parsed.data, dateOfBirth: fields.dateOfBirth } : undefined
    }
    const parsed = clientFieldsSchema.safeParse(fields)
    return parsed.success ? parsed.data : undefined
  }
  // A generated name the register would refuse (rare) is replaced by a plain one.
  const client = parse(candidate) ?? parse({ ...candidate, givenName: 'Alex', familyName: 'Morgan' })
  if (!client) throw new Error(`The demo client ${JSON.stringify(candidate)} does not pass the client schema.`)
  return client
}

/**
 * A generated number as the register keeps it, in E.164 (faker writes it with its country
 * code, so the country it is read in never matters); none where faker's is no possible number.
 */
function demoPhone(international: string): string | null {
  const read = readPhoneNumber(international, 'GB')
  return 'e164' in read ? read.e164 : null
}

/** Days, times and vocabulary a demo treatment is made of, each one passed by the treatment schema. */
interface VisitParts {
  days: string[]
  timeZone: string
}

function checkedVisitParts(today: Temporal.PlainDate, timeZone: string): VisitParts {
  const days = Array.from({ length: VISIT_DAYS }, (_, back) => today.subtract({ days: back }).toString())
  const probe = (changes: Partial<TreatmentRecordFields>): void => {
    treatmentFieldsSchema.parse({ ...PROBE_TREATMENT, timeZone, performedAt: `${days[0]}T${time(FIRST_HOUR, 0)}`, ...changes })
  }
  // The schema's date rules (a real date and time, not in the future) pass at both ends of
  // the window, so they pass for every day between, each a real date made by Temporal.
  probe({ performedAt: `${days.at(-1)}T${time(FIRST_HOUR, Math.min(...VISIT_MINUTES))}` })
  probe({ performedAt: `${days[0]}T${time(LAST_HOUR, Math.max(...VISIT_MINUTES))}` })
  for (const zone of TREATMENT_ZONES) for (const depthMm of DEPTHS_MM) probe({ zones: [{ zone, depthMm }] })
  for (const concern of TREATMENT_CONCERNS) probe({ concerns: [concern] })
  for (const practitioner of PRACTITIONERS) probe({ practitioner })
  for (const device of COMMON_DEVICES) probe({ device })
  return { days, timeZone }
}

function demoTreatment(random: Faker, clientId: string, { days, timeZone }: VisitParts): TreatmentRecordFields {
  const day = days[random.number.int({ min: 0, max: VISIT_DAYS - 1 })] as string
  const performedAt = `${day}T${time(random.number.int({ min: FIRST_HOUR, max: LAST_HOUR }), random.helpers.arrayElement(VISIT_MINUTES))}`
  const zones = random.helpers
    .arrayElements(TREATMENT_ZONES, { min: 1, max: 3 })
    .map((zone) => ({ zone, depthMm: random.helpers.arrayElement(DEPTHS_MM) }))
  return {
    clientId,
    performedAt,
    timeZone,
    practitioner: random.helpers.arrayElement(PRACTITIONERS),
    device: random.helpers.arrayElement(COMMON_DEVICES),
    concerns: random.helpers.arrayElements(TREATMENT_CONCERNS, { min: 1, max: 2 }),
    zones,
    products: null,
    notes: '',
    sessionNumber: null
  }
}

/** A demo treatment is exactly what the treatment schema makes of it. */
function expectSchemaAgrees(treatment: TreatmentRecordFields): void {
  // Demo treatments are back-entered, so none carries a screening.
  const { screeningId, screeningDecision, ...parsed } = treatmentFieldsSchema.parse(treatment)
  if (screeningId !== null || screeningDecision !== null || JSON.stringify(parsed) !== JSON.stringify(treatment)) {
    throw new Error(`The demo treatment ${JSON.stringify(treatment)} differs from the schema's ${JSON.stringify(parsed)}.`)
  }
}

function time(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

const DEMO_NOTES = [
  'Allergic to lidocaine: use a lidocaine-free numbing cream.',
  'Prone to cold sores around the mouth.',
  'Takes isotretinoin until March: no treatment before then.',
  'Sensitive skin; prefers shorter sessions.',
  'Keloid scarring in the family: check before deeper treatments.'
]
