import { z } from 'zod'
import { refusal } from '../words/refusal'

/** The client fields a column of the file can be mapped to. */
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

/**
 * The encodings a CSV file is read in: what Excel writes as "CSV UTF-8", as "Unicode text"
 * (UTF-16, either byte order), and as plain "CSV" on a Western European Windows (Windows-1252,
 * which also reads ISO-8859-1).
 */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16', 'windows-1252'] as const
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number]

/** Which column (by its header) fills which client field. */
export type ClientImportMapping = Partial<Record<ClientImportField, string>>

/** The largest file imported at once: some 150,000 clients as CSV. */
export const IMPORT_FILE_LIMIT_BYTES = 20 * 1024 * 1024

export const clientImportSchema = z.object({
  /** The file as it is on disk: its encoding is found (or chosen) in main, never guessed by whoever read it. */
  file: z
    .custom<Uint8Array>((bytes) => bytes instanceof Uint8Array, refusal('import.file.choose'))
    .refine((bytes) => bytes.length > 0, refusal('import.file.empty'))
    .refine((bytes) => bytes.length <= IMPORT_FILE_LIMIT_BYTES, refusal('import.file.tooLarge')),
  /** The file's name, for the messages; what the file is comes from its contents. */
  fileName: z.string().max(1000).default('the file'),
  /** Left out, found from the file: its byte order mark, else what its bytes look like. CSV only. */
  encoding: z.enum(IMPORT_ENCODINGS, refusal('import.encoding.invalid')).optional(),
  /** Left out, the workbook's first visible sheet. Workbooks only. */
  sheet: z.string().max(200).optional(),
  /** Left out, the columns are guessed from the header row. */
  mapping: z.partialRecord(z.enum(CLIENT_IMPORT_FIELDS), z.string()).optional(),
  /** Left out, found from the file's dates, else as the clinic's country writes them. */
  dateOrder: z.enum(DATE_ORDERS, refusal('import.dateOrder.invalid')).optional()
})
export type ClientImportInput = z.input<typeof clientImportSchema>

/** Why the dates were read in the order they were. */
export type DateOrderReason =
  /** The desk (or the command line) chose it. */
  | { why: 'chosen' }
  /** A date in the file can only be read this way: "31/12/1980" has no 31st month. */
  | { why: 'file'; example: string }
  /** Dates written with dots (31.12.1980) are day first wherever they are written so. */
  | { why: 'dots'; example: string }
  /** Nothing in the file decides it: as the clinic's country writes dates. */
  | { why: 'clinic country'; country: string }
  /** No date in the file depends on it (none, or all written year first, or date cells of a workbook). */
  | { why: 'no ambiguous dates' }

/** How the file was read: shown in the preview, so that a wrong guess can be seen and changed. */
export type ImportFileReading = {
  /** The header row's line, as a spreadsheet numbers it (a title above it is passed over). */
  headerRow: number
  dateOrder: DateOrder
  dateOrderReason: DateOrderReason
  /**
   * A date of birth of the file as written, and as it is read in that order (none where it is
   * no date): one whose reading depends on the order where there is one, so a wrong order shows.
   */
  dateExample?: { written: string; read?: string }
} & (
  | {
      format: 'csv'
      encoding: ImportEncoding
      /**
       * "chosen"; "byte order mark"; "utf-8": every byte reads as UTF-8; "utf-16": every other byte
       * empty; "detected": not UTF-8, and the detector agrees it is Western European text;
       * "unsure": not UTF-8, and the detector thought it another encoding (`detected`), which
       * the desk does not read: read as Windows-1252, to be checked in the preview.
       */
      encodingReason: 'chosen' | 'byte order mark' | 'utf-8' | 'utf-16' | 'detected' | 'unsure'
      detected?: string
      delimiter: ',' | ';' | '\t'
    }
  | {
      format: 'xlsx'
      /** Every sheet of the workbook, in its order. */
      sheets: string[]
      sheet: string
    }
)

/** Why a row is taken for a client already there: the same email, or the same name and date of birth. */
export type DuplicateReason = 'sameEmail' | 'sameNameAndBirthDate'

export interface ClientImportReport {
  rows: number
  imported: number
  importedIds: string[]
  /**
   * Rows already in the register, or repeating an earlier row of the same file (`earlierRow`).
   * Line numbers are the file's, as a spreadsheet numbers them.
   */
  duplicates: { row: number; reason: DuplicateReason; earlierRow?: number }[]
  errors: { row: number; messages: string[] }[]
  /** Rows imported with a phone number that could not be read: kept as written, and flagged on the client's page. */
  unreadPhones: { row: number; phone: string }[]
  /** How the file was read. */
  read: ImportFileReading
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
