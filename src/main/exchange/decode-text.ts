import chardet from 'chardet'
import type { ImportEncoding, ImportFileReading } from '@shared/register/client-import'
import { words } from '@shared/words/words'
import { AppError } from '../api/app-error'

type CsvReading = Extract<ImportFileReading, { format: 'csv' }>
export type DecodedText = { text: string } & Pick<CsvReading, 'encoding' | 'encodingReason' | 'detected'>

const BYTE_ORDER_MARKS: { bytes: number[]; decoder: string; encoding: ImportEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], decoder: 'utf-8', encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], decoder: 'utf-16le', encoding: 'utf-16' },
  { bytes: [0xfe, 0xff], decoder: 'utf-16be', encoding: 'utf-16' }
]
/** What the detector calls the text that Windows-1252 reads right (TextDecoder reads ISO-8859-1 as Windows-1252 too). */
const WESTERN = new Set(['ISO-8859-1', 'windows-1252'])
/** How much of a file the guesses look at: enough to meet its accents, and quick on a 20 MB file. */
const SAMPLE_BYTES = 64 * 1024

/**
 * A CSV file's text, in the encoding chosen, else the one its bytes show: a byte order mark
 * first, then UTF-16's empty high bytes, then whether every byte reads as UTF-8 (which pure
 * ASCII does too), else Windows-1252, asking chardet whether it agrees. Only UTF-8, UTF-16 and
 * Windows-1252 are read, the three Excel saves CSV and Unicode text in; how the file was read
 * travels with it, so that the preview can show it and the desk change it.
 */
export function decodeText(bytes: Uint8Array, chosen?: ImportEncoding): DecodedText {
  const found = chosen ? { encoding: chosen, encodingReason: 'chosen' as const } : detectEncoding(bytes)
  const decoder = decoderFor(bytes, found.encoding)
  const decoded = new TextDecoder(decoder, { ignoreBOM: false }).decode(bytes)
  const text = decoder === 'windows-1252' ? windows1252Letters(decoded) : decoded
  if (!chosen && !looksLikeText(text)) throw notText()
  return { text, ...found }
}

function detectEncoding(bytes: Uint8Array): Omit<DecodedText, 'text'> {
  const marked = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte))
  if (marked) return { encoding: marked.encoding, encodingReason: 'byte order mark' }
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  if (utf16Order(sample)) return { encoding: 'utf-16', encodingReason: 'utf-16' }
  if (readsAsUtf8(bytes)) return { encoding: 'utf-8', encodingReason: 'utf-8' }
  const [best] = chardet.analyse(sample)
  if (!best || WESTERN.has(best.name)) return { encoding: 'windows-1252', encodingReason: 'detected' }
  return { encoding: 'windows-1252', encodingReason: 'unsure', detected: best.name }
}

function decoderFor(bytes: Uint8Array, encoding: ImportEncoding): string {
  if (encoding !== 'utf-16') return encoding
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return utf16Order(bytes.subarray(0, SAMPLE_BYTES)) ?? 'utf-16le'
}

// Windows-1252's own characters in 0x80-0x9F, as the WHATWG Encoding Standard places them (the
// five it leaves undefined stay as they are).
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/**
 * Node since 20.18.3 and 22.13.0 decodes "windows-1252" as ISO-8859-1 (nodejs/node#60888): "’"
 * (0x92, the apostrophe Excel types in O’Neill), "Š" and "€" come out as control characters.
 * They are put right here, whichever runtime decoded them.
 */
function windows1252Letters(decoded: string): string {
  return decoded.replace(/[\u0080-\u009F]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control)
}

/**
 * UTF-16 without a byte order mark: text in Latin letters leaves every other byte empty, the
 * second of each pair (little-endian, as Windows writes it) or the first (big-endian).
 */
function utf16Order(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return undefined
  let evenEmpty = 0
  let oddEmpty = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenEmpty++
    if (sample[index + 1] === 0) oddEmpty++
  }
  if (oddEmpty > pairs * 0.3 && evenEmpty < pairs * 0.05) return 'utf-16le'
  if (evenEmpty > pairs * 0.3 && oddEmpty < pairs * 0.05) return 'utf-16be'
  return undefined
}

function readsAsUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

// Control characters no spreadsheet writes into text: tab, line ends, form feed and the old
// end-of-file mark (^Z) aside. A NUL is never text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u0019\u001B-\u001F\u007F-\u009F\uFFFD]/g

function looksLikeText(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES)
  if (sample.includes('\u0000')) return false
  return (sample.match(CONTROL)?.length ?? 0) <= sample.length / 100
}

function notText(): AppError {
  return new AppError('invalid_input', words('import.notText'))
}
