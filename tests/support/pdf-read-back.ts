import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** What a test reads back from a real PDF: its text (whitespace folded), pages, first page's size and fonts. */
export interface PdfReadBack {
  text: string
  pages: number
  /** The first page's size in points: 595 × 842 for A4, 612 × 792 for Letter. */
  pageSize: { width: number; height: number }
  fonts: { name: string; embedded: boolean; subset: boolean }[]
}

const LIST_NUMBER = /^\d{1,2}\.$/

interface LoadedFont {
  name: string | null
  missingFile?: boolean
}

/**
 * Reads a PDF back with pdf.js (Mozilla's PDF reader, in Node), so no system tool is needed:
 * the text of every page in the order it is drawn, and each font the pages use, with whether
 * the file carries it (embedded) and only the characters used (subset: "ABCDEF+Name").
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  // pdf.js takes the buffer over, and refuses a Buffer: it gets a plain copy, so the caller's bytes stay whole.
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  try {
    const lines: string[] = []
    const fonts = new Map<string, { name: string; embedded: boolean; subset: boolean }>()
    let pageSize = { width: 0, height: 0 }
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      if (number === 1) {
        const [, , width = 0, height = 0] = page.view
        pageSize = { width: Math.round(width), height: Math.round(height) }
      }
      const content = await page.getTextContent()
      let line = ''
      for (const item of content.items) {
        if (!('str' in item)) continue
        // A numbered list's numbers are drawn apart from their lines: they are left out.
        line += LIST_NUMBER.test(item.str) ? ' ' : item.str
        if (item.hasEOL) {
          lines.push(line)
          line = ''
        }
      }
      lines.push(line)
      const operators = await page.getOperatorList()
      operators.fnArray.forEach((operator, index) => {
        if (operator !== OPS.setFont) return
        const [loadedName] = operators.argsArray[index] as [string]
        const font = page.commonObjs.get(loadedName) as LoadedFont
        const name = font.name ?? loadedName
        fonts.set(name, { name: name.replace(/^[A-Z]{6}\+/, ''), embedded: font.missingFile !== true, subset: /^[A-Z]{6}\+/.test(name) })
      })
    }
    return { text: asProse(lines.join('\n')), pages: document.numPages, pageSize, fonts: [...fonts.values()] }
  } finally {
    await document.destroy()
  }
}

/** Text as sentences: whitespace folded, and words broken at a hyphen at the end of a line joined again. */
function asProse(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (?=\p{Ll})/gu, '$1-')
    .trim()
}

/** How many images the pages of a PDF paint, all pages together. */
export async function imagesPainted(bytes: Uint8Array): Promise<number> {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  try {
    let images = 0
    for (let number = 1; number <= document.numPages; number++) {
      const { fnArray } = await (await document.getPage(number)).getOperatorList()
      images += fnArray.filter((operator) => operator === OPS.paintImageXObject).length
    }
    return images
  } finally {
    await document.destroy()
  }
}
