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

export const clientImportSchema = z.object({
  csv: z.string().min(1, 'The file is empty.').max(50_000_000, 'The file is too large to import at once (50 MB).'),
  mapping: z.partialRecord(z.enum(CLIENT_IMPORT_FIELDS), z.string()).optional(),
  dateOrder: z.enum(DATE_ORDERS, 'Dates are read day first (DMY) or month first (MDY).').default('DMY')
})

export interface ClientImportReport {
  rows: number
  imported: number
  importedIds: string[]
  /** Rows already in the register, or earlier in the same file. Line numbers count the header as 1. */
  duplicates: { row: number; reason: string }[]
  errors: { row: number; messages: string[] }[]
}
