import { computerCountry, type ClinicCountry } from '@shared/clinic/clinic-country'
import { DEFAULT_RETENTION_YEARS, RETENTION_COUNTRIES, retentionCountryOf, type RetentionCountry } from '@shared/clinic/record-retention'
import { readPhoneNumber } from '@shared/register/phone-numbers'
import { clientSearchTerms } from '../../register/client-search-terms'
import type { Migration } from './migration'

/**
 * The clinic's country becomes a setting of its own, and phone numbers are kept in E.164.
 *
 * The country is the one the owner chose for record keeping when it was the United Kingdom or
 * Germany, else this computer's. The retention's own country goes: the years a choice meant
 * are kept as the clinic's years whenever the clinic's country would now give others, so
 * nothing the owner chose changes how long records are kept.
 *
 * Every phone number (the clients', the clinic's) is read in that country and kept as E.164,
 * and the changed clients' search terms are written again from the new digits. A number that
 * cannot be read stays as it was typed: anything not in E.164 is shown flagged, and saving the
 * client's details with a readable number clears it.
 */
export const phoneNumbers: Migration = {
  version: 18,
  name: 'phone numbers',
  async up(db) {
    const country = await settleClinicCountry(db)
    const clients = await db
      .selectFrom('clients')
      .select(['id', 'given_name', 'family_name', 'date_of_birth', 'phone', 'email'])
      .where('phone', 'is not', null)
      .execute()
    const changed = (clients as StoredClient[]).flatMap((client) => {
      const read = readPhoneNumber(client.phone, country)
      return 'e164' in read && read.e164 !== client.phone ? [{ ...client, phone: read.e164 }] : []
    })
    for (const client of changed) {
      await db.updateTable('clients').set({ phone: client.phone }).where('id', '=', client.id).execute()
    }
    // The search terms of many clients at a time: a register of 100,000 upgrades in a few statements per batch.
    for (let start = 0; start < changed.length; start += TERM_BATCH) {
      const batch = changed.slice(start, start + TERM_BATCH)
      await db.deleteFrom('client_search_terms').where('client_id', 'in', batch.map((client) => client.id)).execute()
      const rows = batch.flatMap((client) =>
        clientSearchTerms({
          givenName: client.given_name,
          familyName: client.family_name,
          dateOfBirth: client.date_of_birth,
          phone: client.phone,
          email: client.email
        }).map((term) => ({ term, client_id: client.id }))
      )
      for (let row = 0; row < rows.length; row += TERM_BATCH) {
        await db.insertInto('client_search_terms').values(rows.slice(row, row + TERM_BATCH)).execute()
      }
    }
  }
}

// Clients, or term rows, per statement: within SQLite's and PostgreSQL's limits on parameters.
const TERM_BATCH = 500

interface StoredClient {
  id: string
  given_name: string
  family_name: string
  date_of_birth: string | null
  phone: string
  email: string | null
}

/** Writes the clinic's country into its settings (and its phones as E.164); returns it. */
async function settleClinicCountry(db: Parameters<Migration['up']>[0]): Promise<ClinicCountry> {
  const row = (await db.selectFrom('settings').select('value').where('key', '=', 'clinic').executeTakeFirst()) as { value: string } | undefined
  if (!row) return computerCountry()
  const settings = JSON.parse(row.value) as Record<string, unknown> & { retention?: { country?: unknown; years?: unknown } }
  const chosen = RETENTION_COUNTRIES.find((rules) => rules === settings.retention?.country)
  const country = chosenCountry(chosen) ?? computerCountry()
  const years = typeof settings.retention?.years === 'number' ? settings.retention.years : null
  const keptYears = years ?? (chosen && chosen !== retentionCountryOf(country) ? DEFAULT_RETENTION_YEARS[chosen] : null)
  const settled: Record<string, unknown> = { ...settings, country, retention: { years: keptYears } }
  for (const field of ['phone', 'outOfHoursPhone']) {
    const typed = settings[field]
    if (typeof typed !== 'string') continue
    const read = readPhoneNumber(typed, country)
    if ('e164' in read) settled[field] = read.e164
  }
  await db.updateTable('settings').set({ value: JSON.stringify(settled) }).where('key', '=', 'clinic').execute()
  return country
}

/** The country a retention choice names, when it names one. */
function chosenCountry(chosen: RetentionCountry | undefined): ClinicCountry | undefined {
  return chosen === 'GB' || chosen === 'DE' ? chosen : undefined
}
