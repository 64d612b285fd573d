import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join, resolve } from 'node:path'
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import { FONT_FILES, type FontFiles } from './handout-fonts'
import type { HandoutFont } from './name-scripts'
import { newSharedShaping, shareShapedWords, type ShapingFont, type ShapingFontkitFont, type SharedShaping } from './shared-shaping'
import { drawLean, drawLighter, keepDecodedOutlines, keepSubsets, layOutWithoutCopies, type SubsettingFont } from './lighter-drawing/lighter-drawing'

type Pdfmake = typeof import('pdfmake')

/** The font a handout's own words are written in; the other families print names in other scripts. */
const TEXT_FONT: HandoutFont = 'NotoSans'

/** The parts of pdfkit's font object (EmbeddedFont) that sharing a parsed font touches. */
interface PdfkitFont extends SubsettingFont, ShapingFont {
  font: FontkitFont
}
interface FontkitFont extends ShapingFontkitFont {
  createSubset(): SubsettingFont['subset']
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

/** One bundled font file: its bytes, and once a document has parsed it, the parse and what was shaped with it. */
interface SharedFont {
  buffer: Buffer
  parsed?: { font: FontkitFont; shaping: SharedShaping }
}

/** The bundled font files by path, read once for the life of the process. */
const sharedFonts = new Map<string, SharedFont>()
/** The fonts documents draw with, each a document's own view of a shared parse. */
const documentFonts = new WeakSet<FontkitFont>()
let parsedFontsShared = false

/**
 * pdfkit parses every font again for every document, and most of a handout's time went
 * there: decoding Noto Sans's OpenType layout tables, then shaping every word with them,
 * about 90 ms of a 140 ms handout. Both are kept, and every byte drawn is what a font parsed
 * for that document alone would give: each document's pdfkit font draws with its own view of
 * the font parsed first (documentView), with a fresh subset (the document's glyphs and their
 * order), and takes a word shaped before only where that shaping is the one it would do itself
 * (shareShapedWords).
 */
function shareParsedFonts(): void {
  if (parsedFontsShared) return
  parsedFontsShared = true
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
  drawLighter(fromPdfmake)
  const { default: PdfDocument } = fromPdfmake('./PDFDocument') as { default: { prototype: PdfmakeDocument } }
  const provideFont = PdfDocument.prototype.provideFont
  PdfDocument.prototype.provideFont = function (this: PdfmakeDocument, familyName, bold, italics) {
    const font = provideFont.call(this, familyName, bold, italics)
    const file = this.fonts[familyName]?.[this.getFontType(bold, italics)]
    const shared = typeof file === 'string' ? sharedFonts.get(file) : undefined
    if (!shared || documentFonts.has(font.font)) return font
    if (!shared.parsed) {
      const parsed = font.font
      shared.parsed = { font: parsed, shaping: newSharedShaping(() => documentView(parsed)) }
      shareDecodedTables(parsed)
      keepDecodedOutlines(parsed.getGlyph(0) as unknown as Parameters<typeof keepDecodedOutlines>[0])
    }
    font.font = documentView(shared.parsed.font)
    font.subset = font.font.createSubset()
    keepSubsets(font, shared.parsed.font, { textFont: familyName === TEXT_FONT })
    shareShapedWords(font, shared.parsed.shaping)
    layOutWithoutCopies(font)
    return font
  }
}

/**
 * A font of one document over a shared parse: the parse's decoded tables, with glyphs and a
 * layout engine of its own. fontkit keeps each glyph it makes with the characters it was first
 * made for, which the PDF gives as what the glyph reads as, and which shaping reads too; were
 * glyphs shared across documents, one first made in one document (a capital E made as part of
 * a Greek letter, for no character) would be given as that to the next, whose text would then
 * read wrongly and whose bytes would depend on what had been drawn before.
 */
function documentView(parsed: FontkitFont): FontkitFont {
  const view = Object.create(parsed) as FontkitFont
  view._glyphs = {}
  // fontkit makes a font's layout engine on first use and keeps it as the font's own property.
  layoutEngineGetter(parsed).call(view)
  documentFonts.add(view)
  return view
}

/** fontkit's getter that makes a font's layout engine, from the font's class. */
function layoutEngineGetter(font: FontkitFont): () => unknown {
  for (let prototype = Object.getPrototypeOf(font) as object | null; prototype; prototype = Object.getPrototypeOf(prototype) as object | null) {
    const getter = Object.getOwnPropertyDescriptor(prototype, '_layoutEngine')?.get
    if (getter) return getter
  }
  throw new Error('This fontkit font has no layout engine.')
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

/** A font file's bytes: those given (read once for every worker), else read from the file. */
function fontBuffer(file: string, given: FontFiles | undefined): Buffer {
  let shared = sharedFonts.get(file)
  if (!shared) {
    const bytes = given?.[basename(file)]
    shared = { buffer: bytes ? Buffer.from(bytes) : readFileSync(file) }
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

  /**
   * Loads pdfmake only when the first PDF is made, so register commands start fast. The fonts
   * are those of `fontsDir`, their bytes taken from `fontFiles` where given (readFontFiles).
   */
  static async create(fontsDir: string, fontFiles?: FontFiles): Promise<PdfRenderer> {
    const { default: pdfmake } = await import('pdfmake')
    return new PdfRenderer(pdfmake, fontsDir, fontFiles)
  }

  private constructor(
    private readonly pdfmake: Pdfmake,
    fontsDir: string,
    fontFiles: FontFiles | undefined
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
    for (const file of this.allowedFiles) virtualfs.writeFileSync(file, fontBuffer(file, fontFiles))
    pdfmake.setFonts(fonts)
    pdfmake.setUrlAccessPolicy(() => false)
    pdfmake.setLocalAccessPolicy((path) => this.allowedFiles.has(resolve(path)))
  }

  /**
   * The PDF bytes; the same document, creation date and drawing always give the same bytes.
   * `lean`: drawn the lean way (lighter-drawing/lean-documents.ts), as later layout versions are.
   */
  render(document: TDocumentDefinitions, creationDate: Date, { lean = false }: { lean?: boolean } = {}): Promise<Buffer> {
    if (lean) drawLean(document.content as object)
    const deterministic: TDocumentDefinitions = {
      ...document,
      defaultStyle: { font: TEXT_FONT, ...document.defaultStyle },
      info: { producer: 'Aftercare Desk', creator: 'Aftercare Desk', ...document.info, creationDate, modDate: creationDate }
    }
    return this.pdfmake.createPdf(deterministic).getBuffer()
  }
}
