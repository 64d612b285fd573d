import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import type { HandoutFont } from './name-scripts'

type Pdfmake = typeof import('pdfmake')

const FONT_FILES: Record<HandoutFont, TFontDictionary[string]> = {
  NotoSans: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Italic.ttf',
    bolditalics: 'NotoSans-BoldItalic.ttf'
  },
  // These fonts have one weight; bold and italic text in them prints regular.
  HanKana: {
    normal: 'DroidSansFallbackFull.ttf',
    bold: 'DroidSansFallbackFull.ttf',
    italics: 'DroidSansFallbackFull.ttf',
    bolditalics: 'DroidSansFallbackFull.ttf'
  },
  Hangul: {
    normal: 'NanumGothic.ttf',
    bold: 'NanumGothic.ttf',
    italics: 'NanumGothic.ttf',
    bolditalics: 'NanumGothic.ttf'
  },
  // Arabic and Hebrew have no italics (neither script slants its letters); italic text prints upright.
  Arabic: {
    normal: 'NotoSansArabic-Regular.ttf',
    bold: 'NotoSansArabic-Bold.ttf',
    italics: 'NotoSansArabic-Regular.ttf',
    bolditalics: 'NotoSansArabic-Bold.ttf'
  },
  Hebrew: {
    normal: 'NotoSansHebrew-Regular.ttf',
    bold: 'NotoSansHebrew-Bold.ttf',
    italics: 'NotoSansHebrew-Regular.ttf',
    bolditalics: 'NotoSansHebrew-Bold.ttf'
  }
}

/** The parts of pdfkit's font object (EmbeddedFont) that sharing a parsed font touches. */
interface PdfkitFont {
  font: FontkitFont
  subset: unknown
  layoutCache?: Record<string, unknown>
}
interface FontkitFont {
  createSubset(): unknown
  /** The font file's bytes (fontkit's DecodeStream over them). */
  stream: { buffer: Uint8Array }
  directory: { tables: Record<string, FontkitTable> }
  _getTable(table: FontkitTable): unknown
}
interface FontkitTable {
  tag: string
}
/** fontkit's font class, whose instances decode each table on first use. */
interface FontkitFontClass {
  _decodeTable(this: FontkitFont, table: FontkitTable): unknown
}
/** pdfmake's PDFDocument (a pdfkit document), as far as provideFont goes. */
interface PdfmakeDocument {
  fonts: Record<string, Record<string, unknown>>
  getFontType(bold: boolean, italics: boolean): string
  provideFont(familyName: string, bold: boolean, italics: boolean): PdfkitFont
}

/** One bundled font file: its bytes, and once a document has parsed it, the parse. */
interface SharedFont {
  buffer: Buffer
  parsed?: FontkitFont
  layoutCache?: Record<string, unknown>
}

// Words laid out once per font are kept for later documents; a long-running desk that
// prints many names starts the cache afresh beyond this many distinct words.
const MAX_CACHED_LAYOUTS = 20_000

/** The bundled font files by path, read once for the life of the process. */
const sharedFonts = new Map<string, SharedFont>()
let parsedFontsShared = false

/**
 * pdfkit parses every font again for every document, and most of a handout's time went
 * there: decoding Noto Sans's OpenType layout tables, then shaping every word with them,
 * about 90 ms of a 140 ms handout. A parsed fontkit font is only read from once parsed, and
 * the shaping of a word depends only on the font and the word, so both are kept: each new
 * document's pdfkit font is pointed at the font parsed first, with a fresh subset of its own
 * (the document's glyphs and their order, so the output bytes are unchanged).
 */
function shareParsedFonts(): void {
  if (parsedFontsShared) return
  parsedFontsShared = true
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
  const { default: PdfDocument } = fromPdfmake('./PDFDocument') as { default: { prototype: PdfmakeDocument } }
  const provideFont = PdfDocument.prototype.provideFont
  PdfDocument.prototype.provideFont = function (this: PdfmakeDocument, familyName, bold, italics) {
    const font = provideFont.call(this, familyName, bold, italics)
    const file = this.fonts[familyName]?.[this.getFontType(bold, italics)]
    const shared = typeof file === 'string' ? sharedFonts.get(file) : undefined
    if (!shared || font.font === shared.parsed) return font
    if (!shared.parsed) {
      shared.parsed = font.font
      shareDecodedTables(shared.parsed)
    } else {
      font.font = shared.parsed
      font.subset = shared.parsed.createSubset()
    }
    if (font.layoutCache) {
      if (!shared.layoutCache || Object.keys(shared.layoutCache).length > MAX_CACHED_LAYOUTS) {
        shared.layoutCache = font.layoutCache
      }
      font.layoutCache = shared.layoutCache
    }
    return font
  }
}

/** Each font file's first parse, by the bytes it was parsed from. */
const parsedByBytes = new WeakMap<Uint8Array, FontkitFont>()
const fontClassesSharingTables = new WeakSet<FontkitFontClass>()

/**
 * pdfkit still parses a document's font afresh before provideFont above replaces it, reading
 * its metrics, its name and the first glyph's advance: about 1.5 ms of decoding tables for each
 * font of every document. A later parse of the same bytes is given the tables the first parse
 * decoded instead (only read from, like the font they belong to).
 */
function shareDecodedTables(parsed: FontkitFont): void {
  parsedByBytes.set(parsed.stream.buffer, parsed)
  const fontClass = Object.getPrototypeOf(parsed) as FontkitFontClass
  if (fontClassesSharingTables.has(fontClass)) return
  fontClassesSharingTables.add(fontClass)
  const decodeTable = fontClass._decodeTable
  fontClass._decodeTable = function (table) {
    const first = parsedByBytes.get(this.stream.buffer)
    const tableOfFirst = first?.directory.tables[table.tag]
    return first && first !== this && tableOfFirst ? first._getTable(tableOfFirst) : decodeTable.call(this, table)
  }
}

function fontBuffer(file: string): Buffer {
  let shared = sharedFonts.get(file)
  if (!shared) {
    shared = { buffer: readFileSync(file) }
    sharedFonts.set(file, shared)
  }
  return shared.buffer
}

/**
 * Renders pdfmake documents with the bundled fonts only: no URL is ever fetched, and the
 * only local files read are the fonts (logos arrive as data, never as paths).
 */
export class PdfRenderer {
  private readonly allowedFiles: Set<string>

  /** Loads pdfmake only when the first PDF is made, so register commands start fast. */
  static async create(fontsDir: string): Promise<PdfRenderer> {
    const { default: pdfmake } = await import('pdfmake')
    return new PdfRenderer(pdfmake, fontsDir)
  }

  private constructor(
    private readonly pdfmake: Pdfmake,
    fontsDir: string
  ) {
    const fonts: TFontDictionary = {}
    for (const [family, files] of Object.entries(FONT_FILES)) {
      fonts[family] = Object.fromEntries(
        Object.entries(files).map(([style, file]) => [style, join(fontsDir, file as string)])
      )
    }
    this.allowedFiles = new Set(
      Object.values(fonts).flatMap((files) => Object.values(files).map((file) => resolve(file as string)))
    )
    shareParsedFonts()
    const { virtualfs } = pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }
    for (const file of this.allowedFiles) virtualfs.writeFileSync(file, fontBuffer(file))
    pdfmake.setFonts(fonts)
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path) => this.allowedFiles.has(resolve(path)))
  }

  /** The PDF bytes; the same document and creation date always give the same bytes. */
  render(document: TDocumentDefinitions, creationDate: Date): Promise<Buffer> {
    const deterministic: TDocumentDefinitions = {
      ...document,
      defaultStyle: { font: 'NotoSans', ...document.defaultStyle },
      info: { producer: 'Aftercare Desk', creator: 'Aftercare Desk', ...document.info, creationDate, modDate: creationDate }
    }
    return this.pdfmake.createPdf(deterministic).getBuffer()
  }
}
