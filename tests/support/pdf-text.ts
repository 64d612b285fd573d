import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Reads a real PDF back with poppler: its text (whitespace folded), page count and fonts. */
export interface PdfReadBack {
  text: string
  pages: number
  /** The first page's size in points: 595 × 842 for A4, 612 × 792 for Letter. */
  pageSize: { width: number; height: number }
  fonts: { name: string; embedded: boolean; subset: boolean }[]
}

export function readPdf(bytes: Uint8Array): PdfReadBack {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-pdf-'))
  try {
    const file = join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const fontTable = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    return {
      text: asProse(text),
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      pageSize: pageSizeOf(info),
      fonts: fontTable.map((line) => {
        const columns = line.trim().split(/\s+/)
        // name type... encoding emb sub uni object ID: emb and sub are the 5th and 4th from the end.
        return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes', subset: columns.at(-4) === 'yes' }
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function pageSizeOf(info: string): { width: number; height: number } {
  const [, width, height] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? []
  return { width: Math.round(Number(width)), height: Math.round(Number(height)) }
}

/**
 * Text as sentences: whitespace folded, words broken at a hyphen at the end of a line joined
 * again, and the numbers of numbered lists (drawn after their line in the PDF) left out.
 */
function asProse(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (?=\p{Ll})/gu, '$1-')
    .replace(/ \d{1,2}\.(?= )/g, '')
}
