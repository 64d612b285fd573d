import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** One glyph as a page draws it: the text its ToUnicode entry gives, and its code in the font. */
export interface DrawnGlyph {
  unicode: string
  code: number
}

/** One text-showing operation: the font (subset tag left off), where it starts, and its glyphs in drawing order. */
export interface DrawnText {
  font: string
  x: number
  y: number
  glyphs: DrawnGlyph[]
}

interface PdfJsGlyph {
  unicode: string
  originalCharCode: number
}

/**
 * The text a page draws, glyph by glyph, read with pdf.js's operator list rather than its text
 * extraction: the glyphs in the order they are drawn (left to right within each operation), so
 * a test can see the visual order and the glyph forms, not only pdf.js's reading of them.
 */
export async function drawnText(bytes: Uint8Array, pageNumber = 1): Promise<DrawnText[]> {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise
  try {
    const page = await document.getPage(pageNumber)
    const operators = await page.getOperatorList()
    const drawn: DrawnText[] = []
    let font = ''
    let x = 0
    let y = 0
    operators.fnArray.forEach((operator, index) => {
      const args = operators.argsArray[index] as unknown[]
      if (operator === OPS.setFont) {
        const loaded = page.commonObjs.get(args[0] as string) as { name: string | null }
        font = (loaded.name ?? '').replace(/^[A-Z]{6}\+/, '')
      } else if (operator === OPS.setTextMatrix) {
        const matrix = (args.length === 1 ? args[0] : args) as ArrayLike<number>
        x = matrix[4] ?? 0
        y = matrix[5] ?? 0
      } else if (operator === OPS.showText) {
        const glyphs = (args[0] as (PdfJsGlyph | number)[])
          .filter((glyph): glyph is PdfJsGlyph => typeof glyph === 'object' && glyph !== null)
          .map((glyph) => ({ unicode: glyph.unicode, code: glyph.originalCharCode }))
        drawn.push({ font, x, y, glyphs })
      }
    })
    return drawn
  } finally {
    await document.destroy()
  }
}

/**
 * The glyphs of the line the first text in a font matching `font` is on, from left to right by
 * where they are drawn: the texts drawn one after another on its baseline (so a column beside
 * it, drawn apart, is left out).
 */
export function lineWith(drawn: DrawnText[], font: RegExp): DrawnGlyph[] {
  const index = drawn.findIndex((text) => font.test(text.font))
  const first = drawn[index]
  if (!first) return []
  const onTheLine = (text: DrawnText | undefined) => text !== undefined && Math.abs(text.y - first.y) < 0.5
  let start = index
  let end = index
  while (onTheLine(drawn[start - 1])) start--
  while (onTheLine(drawn[end + 1])) end++
  return drawn
    .slice(start, end + 1)
    .sort((a, b) => a.x - b.x)
    .flatMap((text) => text.glyphs)
}
