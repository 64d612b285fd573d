import { z } from 'zod'

/** The client fields a CSV column can be mapped to. */
export const CLIENT_IMPORT_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'phone',
  'email',
  'skinType',
  'language',
  'notes'
] as const
export type ClientImportField = (typeof CLIENT_IMPORT_FIELDS)[number]

/** How numeric dates such as 03/04/1990 are read: day first (most of the world) or month first (US). */
export const DATE_ORDERS = ['DMY', 'MDY'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

/** Which CSV column (by its header) fills which client field. */
export type ClientImportMapping = Partial<Record<ClientImportField, string>>

export const clientImportSchema = z.object({
  csv: z.string().min(1, 'The file is empty.').max(50_000_000, 'The file is too large to import at once (50 MB).'),
  /** Left out, the columns are guessed from the header row. */
  mapping: z.partialRecord(z.enum(CLIENT_IMPORT_FIELDS), z.string()).optional(),
  dateOrder: z.enum(DATE_ORDERS, 'Dates are read day first (DMY) or month first (MDY).').default('DMY')
})

export interface ClientImportReport {
  rows: number
  imported: number
  importedIds: string[]
  /**
   * Rows already in the register, or repeating an earlier row of the same file (`earlierRow`).
   * Line numbers count the header as 1.
   */
  duplicates: { row: number; reason: string; earlierRow?: number }[]
  errors: { row: number; messages: string[] }[]
}

/** What an import would do, before anything is written: shown to the desk to check the mapping. */
export interface ClientImportPreview {
  /** The header row's column names, in file order. */
  headers: string[]
  /** The mapping the import would use: the one given, or the one guessed from the headers. */
  mapping: ClientImportMapping
  /** The first few rows as read, keyed by header. */
  sample: Record<string, string>[]
  /** As an import would report it, with `imported` counting the rows it would add and no ids. */
  report: ClientImportReport
}
