/** A file inside a zip archive, as its central directory lists it. */
export interface ZipEntry {
  name: string
  /** Its size once unpacked, in bytes. */
  size: number
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const END_RECORD_BYTES = 22
const LONGEST_COMMENT = 0xffff

/**
 * What a zip archive holds, read from its central directory without unpacking anything: so an
 * .xlsx can be checked to be a workbook, and no bigger unpacked than the desk can read, before
 * it is opened. Undefined for bytes that are no zip archive, one cut short, or one past 4 GB
 * or 65,535 files (ZIP64), which no workbook a clinic imports is.
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  if (end === undefined) return undefined
  const count = view.getUint16(end + 10, true)
  const directorySize = view.getUint32(end + 12, true)
  const directoryStart = view.getUint32(end + 16, true)
  if (count === 0xffff || directoryStart === 0xffffffff || directoryStart + directorySize > end) return undefined
  const entries: ZipEntry[] = []
  const names = new TextDecoder()
  let at = directoryStart
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    entries.push({ name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), size: size === 0xffffffff ? Infinity : size })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The end of central directory record, found from the end (an archive comment may follow it). */
function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - END_RECORD_BYTES
  for (let at = last; at >= 0 && at >= last - LONGEST_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at
  }
  return undefined
}
