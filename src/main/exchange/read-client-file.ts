import type { ImportEncoding } from '@shared/register/client-import'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'
import { readCsvTable } from './read-csv-table'
import { readWorkbookTable } from './read-workbook'

const ZIP = [0x50, 0x4b] // "PK": an .xlsx is a zip archive
/** An OLE compound file: an old Excel file (.xls), or a workbook saved with a password, which Excel encrypts into one. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

const startsWith = (bytes: Uint8Array, signature: number[]): boolean => signature.every((byte, index) => bytes[index] === byte)

/**
 * The rows of a client list, read as what its bytes are, whatever its name says: an Excel
 * workbook (.xlsx), else a CSV file in any of the encodings Excel writes. A password-protected
 * or old-style Excel file, and anything that is not text, is refused in words a receptionist
 * can act on.
 */
export async function readClientFile(bytes: Uint8Array, choices: { encoding?: ImportEncoding; sheet?: string }) {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new AppError('invalid_input', words('import.oldExcel'))
  }
  if (startsWith(bytes, ZIP)) return readWorkbookTable(bytes, choices.sheet)
  return readCsvTable(bytes, choices.encoding)
}
