import Papa from 'papaparse'
import type { ImportEncoding, ImportFileReading } from '@shared/register/client-import'
import { decodeText } from './decode-text'
import type { TableRow } from './import-table'

type CsvReading = Extract<ImportFileReading, { format: 'csv' }>
type Delimiter = CsvReading['delimiter']

const DELIMITERS: Delimiter[] = [',', ';', '\t']
/** The first line Excel reads as the delimiter to use, and some programs write for it: "sep=;". */
const SEPARATOR_LINE = /^sep=(.)\r?\n/i

/**
 * A CSV file's rows, in its encoding (chosen, else found), split at its delimiter: comma,
 * semicolon (Excel's "CSV" where the decimal mark is a comma) or tab (Excel's "Unicode text").
 */
export function readCsvTable(bytes: Uint8Array, encoding?: ImportEncoding): { rows: TableRow[]; reading: Omit<CsvReading, 'headerRow' | 'dateOrder' | 'dateOrderReason'> } {
  const decoded = decodeText(bytes, encoding)
  const { text: decodedText, ...found } = decoded
  const separatorLine = SEPARATOR_LINE.exec(decodedText)
  const text = separatorLine ? decodedText.slice(separatorLine[0].length) : decodedText
  const named = DELIMITERS.find((delimiter) => delimiter === separatorLine?.[1])
  const delimiter = named ?? delimiterOf(text)
  // Blank lines are kept, so that each row's place gives its line as a spreadsheet numbers it.
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const firstLine = separatorLine ? 2 : 1
  const rows = parsed.data.map((cells, index) => ({ line: index + firstLine, cells }))
  return { rows, reading: { format: 'csv', ...found, delimiter } }
}

/**
 * Papaparse's guess, checked against the header row (the first line with anything in it):
 * where that line holds none of the delimiter guessed but another, the one it holds most of.
 * A comma inside a quoted header does not count. A file of one column is read at commas.
 */
function delimiterOf(text: string): Delimiter {
  const guessed = Papa.parse<string[]>(text.slice(0, 64 * 1024), { delimitersToGuess: DELIMITERS, preview: 20 }).meta.delimiter
  const headerLine = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? ''
  const unquoted = headerLine.replace(/"[^"]*"/g, '')
  const counts = DELIMITERS.map((delimiter) => ({ delimiter, count: unquoted.split(delimiter).length - 1 }))
  const most = counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best))
  const ofGuessed = counts.find(({ delimiter }) => delimiter === guessed)
  if (ofGuessed && (ofGuessed.count > 0 || most.count === 0)) return ofGuessed.delimiter
  return most.count > 0 ? most.delimiter : ','
}
