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
  }
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
