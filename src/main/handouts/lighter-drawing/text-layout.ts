/** pdfkit's font of a document (EmbeddedFont), as far as laying out a text goes. */
interface LayingOutFont {
  layout(text: string, features?: unknown, onlyWidth?: boolean): TextLayout
  /** One word (with the space that ends it) laid out, from the document's cache. */
  layoutCached(text: string): TextLayout
}
interface TextLayout {
  glyphs: unknown[] | null
  positions: unknown[] | null
  advanceWidth: number
}

const patchedFontClasses = new WeakSet<object>()

/**
 * pdfkit lays a text out word by word, and joined its words' glyphs by copying all those before
 * each word into a new array: a line drawn as one run (joined-word-runs.ts) was copied a dozen
 * times over. The same glyphs, positions and width are gathered here without the copies, for
 * every document (the bytes do not change).
 */
export function layOutWithoutCopies(font: LayingOutFont): void {
  const prototype = Object.getPrototypeOf(font) as LayingOutFont
  if (patchedFontClasses.has(prototype)) return
  patchedFontClasses.add(prototype)
  const layout = prototype.layout
  prototype.layout = function (text, features, onlyWidth) {
    if (features) return layout.call(this, text, features, onlyWidth)
    const glyphs: unknown[] | null = onlyWidth ? null : []
    const positions: unknown[] | null = onlyWidth ? null : []
    let advanceWidth = 0
    const add = (word: string): void => {
      const run = this.layoutCached(word)
      if (glyphs && positions) {
        for (const glyph of run.glyphs as unknown[]) glyphs.push(glyph)
        for (const position of run.positions as unknown[]) positions.push(position)
      }
      advanceWidth += run.advanceWidth
    }
    eachWord(text, add)
    return { glyphs, positions, advanceWidth }
  }
}

/** Each word of a text as pdfkit lays it out, one at a time: a word ends after each space or tab. */
export function eachWord(text: string, visit: (word: string) => void): void {
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === ' ' || character === '\t') {
      visit(text.slice(start, index + 1))
      start = index + 1
    }
  }
  if (start < text.length) visit(text.slice(start))
}
