import type { Kysely } from 'kysely'
import type { z } from 'zod'
import { clientFieldsSchema } from '@shared/register/client'
import { foldForSearch } from '@shared/text/search-fold'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { ClinicCountry } from '@shared/clinic/clinic-country'
import { readPhoneNumber } from '@shared/register/phone-numbers'
import type { ClientImportMapping, ClientImportPreview, ClientImportReport, clientImportSchema, DateOrder, DuplicateReason } from '@shared/register/client-import'
import { CLIENT_IMPORT_FIELDS } from '@shared/register/client-import'
import { words } from '@shared/words/words'
import type { Database } from '../db/schema'
import type { ClientFieldValues, ClientRepository } from '../register/client-repository'
import { findHeaderRow, guessColumnMapping } from './header-names'
import { columnNames, tableRecords, type TableRecord } from './import-table'
import { readClientFile } from './read-client-file'
import { dateExample, guessDateOrder, readDate, unreadableDateMessage } from './read-dates'

/**
 * What the desk asked for (the file's bytes, and any encoding, sheet, mapping or date order it
 * chose); the clinic's handout language, the language of every client the file gives none; and
 * the clinic's country, which reads the file's phone numbers and, when nothing in the file
 * decides it, its dates.
 */
export type ClientImportOptions = z.output<typeof clientImportSchema> & { clinicLanguage: HandoutLanguage; clinicCountry: ClinicCountry }

/**
 * Imports clients from another system's export or a clinic's own spreadsheet, as CSV or as an
 * Excel workbook. Every row is checked by the same schema as the desk's form, its phone number
 * read in the clinic's country (one that cannot be read is imported as written, flagged on the
 * client's page, and listed in the report, rather than losing the row); valid rows that
 * are not already in the register (same email, or same name and date of birth) are added
 * together in one transaction, so an import is never left half done. The report says what
 * happened to every other row, and how the file was read.
 */
export async function importClients(db: Kysely<Database>, clients: ClientRepository, options: ClientImportOptions): Promise<ClientImportReport> {
  const { report, accepted } = await checkClients(db, options)
  report.importedIds = accepted.length > 0 ? await clients.createMany(accepted) : []
  report.imported = report.importedIds.length
  return report
}

/**
 * What an import of this file would do, without writing anything: the columns found, the
 * mapping it would use, the first rows as read, how the file was read, and the report
 * (`imported` counts the rows it would add).
 */
export async function previewClients(db: Kysely<Database>, options: ClientImportOptions): Promise<ClientImportPreview> {
  const { headers, mapping, records, report, accepted } = await checkClients(db, options)
  return {
    headers,
    mapping,
    sample: records.slice(0, PREVIEW_ROWS).map(({ record }) => record),
    report: { ...report, imported: accepted.length }
  }
}

const PREVIEW_ROWS = 5

async function checkClients(db: Kysely<Database>, options: ClientImportOptions) {
  const { rows, reading } = await readClientFile(options.file, options)
  const header = findHeaderRow(rows)
  const below = header ? rows.filter((row) => row.line > header.line) : []
  const headers = header ? columnNames(header, below) : []
  const records = tableRecords(headers, below)
  const mapping = options.mapping ?? guessColumnMapping(headers)
  const dateColumn = mapping.dateOfBirth
  const dates = dateColumn ? records.map(({ record }) => cellOf(record, dateColumn)) : []
  const { order: dateOrder, reason: dateOrderReason } = options.dateOrder
    ? { order: options.dateOrder, reason: { why: 'chosen' as const } }
    : guessDateOrder(dates, options.clinicCountry)
  const example = dateExample(dates, dateOrder)
  const report: ClientImportReport = {
    rows: records.length,
    imported: 0,
    importedIds: [],
    duplicates: [],
    errors: [],
    unreadPhones: [],
    read: { ...reading, headerRow: header?.line ?? 1, dateOrder, dateOrderReason, ...(example && { dateExample: example }) }
  }
  const accepted: ClientFieldValues[] = []
  if (!header) {
    report.errors.push({ row: 1, messages: [reading.format === 'xlsx' ? words('import.sheet.empty', { sheet: reading.sheet }) : words('import.file.nothing')] })
    return { headers, mapping, records, report, accepted }
  }
  if (!mapping.givenName || !mapping.familyName) {
    report.errors.push({ row: header.line, messages: [words('import.columns.names')] })
    return { headers, mapping, records, report, accepted }
  }
  const inRegister = await knownClientKeys(db)
  const earlierInFile = new Map<string, number>()
  for (const { line: row, record } of records) {
    const checked = checkRecord(record, mapping, dateOrder, options.clinicLanguage)
    if ('messages' in checked) {
      report.errors.push({ row, messages: checked.messages })
      continue
    }
    const keys = identityKeys(checked.client)
    const match = keys.find((key) => inRegister.has(key) || earlierInFile.has(key))
    if (match) {
      const reason: DuplicateReason = match.startsWith('email:') ? 'sameEmail' : 'sameNameAndBirthDate'
      const earlierRow = earlierInFile.get(match)
      report.duplicates.push(earlierRow === undefined ? { row, reason } : { row, reason, earlierRow })
      continue
    }
    keys.forEach((key) => earlierInFile.set(key, row))
    const { phone } = checked.client
    const read = phone === null ? undefined : readPhoneNumber(phone, options.clinicCountry)
    if (read && 'problem' in read) report.unreadPhones.push({ row, phone: phone ?? '' })
    accepted.push(read && 'e164' in read ? { ...checked.client, phone: read.e164 } : checked.client)
  }
  return { headers, mapping, records, report, accepted }
}

/**
 * A row's cell in the column the mapping names, empty where the row has no such column: a
 * mapping naming "constructor" or "toString" must not reach what every object inherits.
 */
function cellOf(record: TableRecord['record'], column: string): string {
  return Object.hasOwn(record, column) ? (record[column] ?? '') : ''
}

/** One row as a client, checked by the form's own schema; or what is wrong with it. */
function checkRecord(
  record: TableRecord['record'],
  mapping: ClientImportMapping,
  dateOrder: DateOrder,
  clinicLanguage: HandoutLanguage
): { client: ClientFieldValues } | { messages: string[] } {
  const candidate = Object.fromEntries(
    CLIENT_IMPORT_FIELDS.map((field) => [field, mapping[field] ? cellOf(record, mapping[field]).trim() : undefined])
  )
  const writtenBirthDate = candidate.dateOfBirth
  const birthDate = writtenBirthDate ? readDate(writtenBirthDate, dateOrder) : undefined
  candidate.dateOfBirth = birthDate ?? writtenBirthDate
  candidate.language = candidate.language ? candidate.language.toLowerCase().slice(0, 2) : clinicLanguage
  candidate.skinType = candidate.skinType ? candidate.skinType.toUpperCase() : undefined
  const result = clientFieldsSchema.safeParse(candidate)
  if (result.success) return { client: result.data }
  // A date the file wrote in a way we could not read is told in the file's terms, not the form's.
  const unreadDate = writtenBirthDate && !birthDate
  const messages = result.error.issues.filter((issue) => !(unreadDate && issue.path[0] === 'dateOfBirth')).map((issue) => issue.message)
  if (unreadDate) messages.unshift(unreadableDateMessage(writtenBirthDate, dateOrder))
  return { messages: [...new Set(messages)] }
}

/** How a client is recognised across systems: by email, or by name and date of birth. */
function identityKeys(client: { givenName: string; familyName: string; dateOfBirth: string | null; email: string | null }): string[] {
  const keys: string[] = []
  if (client.email) keys.push(`email:${foldForSearch(client.email)}`)
  if (client.dateOfBirth) keys.push(`person:${foldForSearch(`${client.givenName} ${client.familyName}`)}|${client.dateOfBirth}`)
  return keys
}

async function knownClientKeys(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('clients').select(['given_name', 'family_name', 'date_of_birth', 'email']).execute()
  return new Set(
    rows.flatMap((row) =>
      identityKeys({ givenName: row.given_name, familyName: row.family_name, dateOfBirth: row.date_of_birth, email: row.email })
    )
  )
}
