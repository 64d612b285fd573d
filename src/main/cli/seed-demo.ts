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
import { machineTimeZone } from '../../shared/dates/calendar-date'
import { clientFieldsSchema } from '../../shared/register/client'
import { treatmentFieldsSchema } from '../../shared/register/treatment'
import { COMMON_DEVICES, TREATMENT_CONCERNS, TREATMENT_ZONES } from '../../shared/register/vocabulary'
import type { RegisterDatabase } from '../db/connection'
import { ClientRepository, type ClientFieldValues } from '../register/client-repository'
import { TreatmentRepository, type TreatmentFieldValues } from '../register/treatment-repository'

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
const CLIENTS_PER_TRANSACTION = 2000
const MAX_TREATMENTS_PER_CLIENT = 6

export interface SeedReport {
  clients: number
  treatments: number
  seconds: number
}

/**
 * Adds realistic synthetic clients and treatments, checked by the same schemas as the
 * desk's input; the same seed gives the same people.
 */
export async function seedDemoRegister(
  database: RegisterDatabase,
  options: { clients: number; seed: number }
): Promise<SeedReport> {
  const started = performance.now()
  const clients = new ClientRepository(database.db)
  const treatments = new TreatmentRepository(database.db, clients)
  const random = fakerEN_GB
  random.seed(options.seed)
  NAME_LOCALES.forEach((locale, index) => locale.faker.seed(options.seed * 100 + index))
  const timeZone = machineTimeZone()
  const today = Temporal.Now.plainDateISO(timeZone)

  let treatmentCount = 0
  for (let done = 0; done < options.clients; done += CLIENTS_PER_TRANSACTION) {
    const size = Math.min(CLIENTS_PER_TRANSACTION, options.clients - done)
    const people = Array.from({ length: size }, () => demoClient(random))
    const ids = await clients.createMany(people)
    const visits = ids.flatMap((clientId) =>
      Array.from({ length: random.number.int({ min: 0, max: MAX_TREATMENTS_PER_CLIENT }) }, () =>
        demoTreatment(random, clientId, today, timeZone)
      )
    )
    await treatments.createMany(visits)
    treatmentCount += visits.length
  }
  return {
    clients: options.clients,
    treatments: treatmentCount,
    seconds: Math.round((performance.now() - started) / 10) / 100
  }
}

function demoClient(random: Faker): ClientFieldValues {
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
    dateOfBirth: random.date.birthdate({ mode: 'age', min: 18, max: 75 }).toISOString().slice(0, 10),
    phone: random.datatype.boolean(0.95) ? faker.phone.number({ style: 'international' }) : null,
    email: random.datatype.boolean(0.85) ? random.internet.email().toLowerCase() : null,
    skinType: random.helpers.arrayElement(['I', 'II', 'III', 'IV', 'V', 'VI', null]),
    language: locale.language,
    notes: random.datatype.boolean(0.2) ? random.helpers.arrayElement(DEMO_NOTES) : ''
  }
  const parsed = clientFieldsSchema.safeParse(candidate)
  // A generated name the register would refuse (rare) is replaced by a plain one.
  return parsed.success ? parsed.data : clientFieldsSchema.parse({ ...candidate, givenName: 'Alex', familyName: 'Morgan' })
}

function demoTreatment(random: Faker, clientId: string, today: Temporal.PlainDate, timeZone: string): TreatmentFieldValues {
  const day = today.subtract({ days: random.number.int({ min: 0, max: 730 }) })
  const time = Temporal.PlainTime.from({ hour: random.number.int({ min: 9, max: 17 }), minute: random.helpers.arrayElement([0, 15, 30, 45]) })
  const zones = random.helpers
    .arrayElements(TREATMENT_ZONES, { min: 1, max: 3 })
    .map((zone) => ({ zone, depthMm: random.helpers.arrayElement(DEPTHS_MM) }))
  return treatmentFieldsSchema.parse({
    clientId,
    performedAt: day.toPlainDateTime(time).toString({ smallestUnit: 'minute' }),
    timeZone,
    practitioner: random.helpers.arrayElement(PRACTITIONERS),
    device: random.helpers.arrayElement(COMMON_DEVICES),
    concerns: random.helpers.arrayElements(TREATMENT_CONCERNS, { min: 1, max: 2 }),
    zones,
    notes: ''
  })
}

const DEMO_NOTES = [
  'Allergic to lidocaine: use a lidocaine-free numbing cream.',
  'Prone to cold sores around the mouth.',
  'Takes isotretinoin until March: no treatment before then.',
  'Sensitive skin; prefers shorter sessions.',
  'Keloid scarring in the family: check before deeper treatments.'
]
