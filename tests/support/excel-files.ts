import { crc32, deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'

// Client lists made the way each Excel saves them, for the import's tests: the same bytes a
// clinic's file has, not text a test hands over already decoded.

/** A row of cells as Excel writes it to CSV: quoted when it holds the delimiter, a quote or a line break. */
function csvLines(rows: string[][], delimiter: string): string {
  const quoted = (cell: string): string =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell
  return rows.map((row) => row.map(quoted).join(delimiter)).join('\r\n') + '\r\n'
}

// What Windows-1252 has at 0x80 to 0x9F (Node's TextDecoder cannot be asked: nodejs/node#60888).
const HIGH_HALF = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Windows-1252 as Excel writes it: one byte a character, "’", "Š" and "€" in the 0x80s as Windows places them. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => {
    const code = character.charCodeAt(0)
    const high = HIGH_HALF.indexOf(character)
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : high >= 0 ? 0x80 + high : undefined
    if (byte === undefined) throw new Error(`${character} has no place in Windows-1252`)
    return byte
  })
}

/** Excel's "CSV (Trennzeichen-getrennt)" / "CSV (séparateur : point-virgule)" on a Western European Windows: Windows-1252, semicolons. */
export function excelCsvWindows1252(rows: string[][], delimiter = ';'): Uint8Array {
  return windows1252(csvLines(rows, delimiter))
}

/** Excel's "Unicode Text": UTF-16 little-endian with its byte order mark, tab-separated. */
export function excelUnicodeText(rows: string[][]): Uint8Array {
  const text = Buffer.from(csvLines(rows, '\t'), 'utf16le')
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), text]))
}

/** Excel's "CSV UTF-8": UTF-8 with a byte order mark. */
export function excelCsvUtf8(rows: string[][], delimiter = ','): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvLines(rows, delimiter), 'utf8')]))
}

/** An .xlsx workbook, built with exceljs as Excel would save it. */
export async function excelWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  build(workbook)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A zip archive of the files given, each deflated (so a file of zeros packs small) unless `stored`. */
export function zipArchive(files: { name: string; data: Uint8Array; stored?: boolean }[]): Uint8Array {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const { name, data, stored } of files) {
    const packed = stored ? Buffer.from(data) : deflateRawSync(data)
    const nameBytes = Buffer.from(name, 'utf8')
    const common = Buffer.alloc(26)
    common.writeUInt16LE(20, 0) // version needed
    common.writeUInt16LE(0, 2) // flags
    common.writeUInt16LE(stored ? 0 : 8, 4) // method
    common.writeUInt32LE(0, 6) // time and date
    common.writeUInt32LE(crc32(data), 10)
    common.writeUInt32LE(packed.length, 14)
    common.writeUInt32LE(data.length, 18)
    common.writeUInt16LE(nameBytes.length, 22)
    common.writeUInt16LE(0, 24) // extra
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, nameBytes, packed])
    const tail = Buffer.alloc(14) // comment length, disk, internal and external attributes, then where the file starts
    tail.writeUInt32LE(offset, 10)
    directory.push(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0]), common, tail, nameBytes]))
    locals.push(local)
    offset += local.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]))
}
