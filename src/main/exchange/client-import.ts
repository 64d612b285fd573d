import Papa from 'papaparse'
import type { Kysely } from 'kysely'
import { Temporal } from 'temporal-polyfill'
import { clientFieldsSchema } from '@shared/register/client'
import { foldForSearch } from '@shared/text/search-fold'
import type { ClientImportMapping, ClientImportPreview, ClientImportReport, DateOrder } from '@shared/register/client-import'
import { CLIENT_IMPORT_FIELDS, type ClientImportField } from '@shared/register/client-import'
import type { Database } from '../db/schema'
import type { ClientFieldValues, ClientRepository } from '../register/client-repository'

// Header names other systems use for each field, compared without case, accents or punctuation.
const HEADER_NAMES: Record<ClientImportField, string[]> = {
  givenName: ['given name', 'first name', 'firstname', 'forename', 'first', 'given'],
  familyName: ['family name', 'last name', 'lastname', 'surname', 'last', 'family'],
  dateOfBirth: ['date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'born'],
  phone: ['phone', 'mobile', 'telephone', 'tel', 'phone number', 'mobile phone', 'cell', 'mobile number'],
  email: ['email', 'e mail', 'email address', 'mail'],
  skinType: ['skin type', 'fitzpatrick', 'fitzpatrick skin type'],
  language: ['language', 'lang', 'preferred language', 'handout language'],
  notes: ['notes', 'note', 'comments', 'allergies', 'medical notes', 'remarks']
}

const headerKey = (header: string): string => foldForSearch(header).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** Which column holds which field, guessed from the header row. */
export function guessColumnMapping(headers: string[]): ClientImportMapping {
  const mapping: ClientImportMapping = {}
  for (const field of CLIENT_IMPORT_FIELDS) {
    const column = headers.find((header) => HEADER_NAMES[field].includes(headerKey(header)))
    if (column !== undefined) mapping[field] = column
  }
  return mapping
}

type ImportOptions = { mapping?: ClientImportMapping; dateOrder: DateOrder }

/**
 * Imports clients from another system's CSV export. Every row is checked by the same schema
 * as the desk's form; valid rows that are not already in the register (same email, or same
 * name and date of birth) are added together in one transaction, so an import is never left
 * half done. The report says what happened to every other row.
 */
export async function importClientsCsv(
  db: Kysely<Database>,
  clients: ClientRepository,
  csvText: string,
  options: ImportOptions
): Promise<ClientImportReport> {
  const { report, accepted } = await checkClientsCsv(db, csvText, options)
  report.importedIds = accepted.length > 0 ? await clients.createMany(accepted) : []
  report.imported = report.importedIds.length
  return report
}

/**
 * What an import of this file would do, without writing anything: the columns found, the
 * mapping it would use, the first rows as read, and the report (`imported` counts the rows it would add).
 */
export async function previewClientsCsv(db: Kysely<Database>, csvText: string, options: ImportOptions): Promise<ClientImportPreview> {
  const { headers, mapping, records, report, accepted } = await checkClientsCsv(db, csvText, options)
  return { headers, mapping, sample: records.slice(0, PREVIEW_ROWS), report: { ...report, imported: accepted.length } }
}

const PREVIEW_ROWS = 5

async function checkClientsCsv(db: Kysely<Database>, csvText: string, options: ImportOptions) {
  // Blank lines are kept while parsing, so that each record's index gives its line as a spreadsheet numbers it.
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: false })
  const headers = parsed.meta.fields ?? []
  const mapping = options.mapping ?? guessColumnMapping(headers)
  const lines = parsed.data
    .map((record, index) => ({ record, row: index + 2 })) // the header is line 1
    .filter(({ record }) => Object.values(record).some((value) => (value ?? '').trim() !== ''))
  const records = lines.map(({ record }) => record)
  const report: ClientImportReport = { rows: records.length, imported: 0, importedIds: [], duplicates: [], errors: [] }
  const accepted: ClientFieldValues[] = []
  if (!mapping.givenName || !mapping.familyName) {
    report.errors.push({
      row: 1,
      messages: ['No columns for first name and family name were found. Name them in the header row, or choose them in the column mapping.']
    })
    return { headers, mapping, records, report, accepted }
  }
  const inRegister = await knownClientKeys(db)
  const earlierInFile = new Map<string, number>()
  lines.forEach(({ record, row }) => {
    const candidate = Object.fromEntries(
      CLIENT_IMPORT_FIELDS.map((field) => [field, mapping[field] ? (record[mapping[field]] ?? '').trim() : undefined])
    )
    const writtenBirthDate = candidate.dateOfBirth
    candidate.dateOfBirth = writtenBirthDate ? isoDate(writtenBirthDate, options.dateOrder) : writtenBirthDate
    candidate.language = candidate.language ? candidate.language.toLowerCase().slice(0, 2) : undefined
    candidate.skinType = candidate.skinType ? candidate.skinType.toUpperCase() : undefined
    const result = clientFieldsSchema.safeParse(candidate)
    if (!result.success) {
      // A date the file wrote in a way we could not read is told in the file's terms, not the form's.
      const unreadDate = writtenBirthDate && !ISO_DATE.test(candidate.dateOfBirth ?? '')
      const messages = result.error.issues
        .filter((issue) => !(unreadDate && issue.path[0] === 'dateOfBirth'))
        .map((issue) => issue.message)
      if (unreadDate) messages.unshift(unreadableDateMessage(writtenBirthDate, options.dateOrder))
      report.errors.push({ row, messages: [...new Set(messages)] })
      return
    }
    const keys = identityKeys(result.data)
    const match = keys.find((key) => inRegister.has(key) || earlierInFile.has(key))
    if (match) {
      const reason = match.startsWith('email:') ? 'same email' : 'same name and date of birth'
      const earlierRow = earlierInFile.get(match)
      report.duplicates.push(earlierRow === undefined ? { row, reason } : { row, reason, earlierRow })
      return
    }
    keys.forEach((key) => earlierInFile.set(key, row))
    accepted.push(result.data)
  })
  return { headers, mapping, records, report, accepted }
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function unreadableDateMessage(written: string, order: DateOrder): string {
  const expected = order === 'DMY' ? 'DD/MM/YYYY' : 'MM/DD/YYYY'
  return `The date of birth "${written}" could not be read as a real date. Write it as ${expected} or YYYY-MM-DD, or check the date order chosen for this file.`
}

/** "1985-03-12", or 12/03/1985 read in the clinic's day/month order, as YYYY-MM-DD; else unchanged for the schema to refuse. */
function isoDate(text: string, order: DateOrder): string {
  const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text)
  if (!numeric) return text
  const [, first, second, year] = numeric as unknown as [string, string, string, string]
  const [day, month] = order === 'DMY' ? [first, second] : [second, first]
  try {
    return Temporal.PlainDate.from({ year: Number(year), month: Number(month), day: Number(day) }, { overflow: 'reject' }).toString()
  } catch {
    return text
  }
}
