import { createHash } from 'node:crypto'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import type { PrintedConsent } from './printed-consent'
import type { PrintedContent } from './printed-content'

/**
 * A handout's content as the log keeps it: JSON, Brotli-compressed, in base64 so it travels
 * as text through both engines and a register copy. A handout's content is about 7.4 KB of
 * JSON and 3.9 KB stored (a calendar's 1.1 KB, a calendar file's 1.3 KB); its PDF is about 44 KB.
 */
export function packContent(content: PrintedContent | PrintedConsent): string {
  const json = Buffer.from(JSON.stringify(content))
  return brotliCompressSync(json, { params: brotliParams(json.length) }).toString('base64')
}

/**
 * Quality 9 in a 64 KB window, more than a handout's content. Brotli's default window of 4 MB
 * made each handout's compression take 36 ms of main's time (its tables set up for that window)
 * for the same 2.8 KB as this one's 0.3 ms. Any window decompresses the same way.
 */
function brotliParams(size: number): Record<number, number> {
  return { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 16, [constants.BROTLI_PARAM_SIZE_HINT]: size }
}

export function unpackContent<T extends PrintedContent | PrintedConsent = PrintedContent>(packed: string): T {
  return JSON.parse(brotliDecompressSync(Buffer.from(packed, 'base64')).toString()) as T
}

/**
 * SHA-256 of every value of the content in reading order (each word, date, time and number,
 * and the paper and time it was made for), whatever layout draws it: a reprint in a new layout
 * proves by it that it says the same. The values are hashed as a JSON array, so moving text
 * from one value to the next (a line of an address into the clinic's name) changes the hash.
 */
export function contentSha256(content: PrintedContent | PrintedConsent): string {
  return createHash('sha256').update(JSON.stringify(readingOrder(content))).digest('hex')
}

function readingOrder(value: unknown): unknown[] {
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(readingOrder)
  return [value]
}
