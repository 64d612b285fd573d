/** A fontkit TrueType glyph, as far as decoding its outline goes. */
interface TrueTypeGlyph {
  id: number
  /** 'TTF' for a TrueType glyph, whose outline is read from the font's glyf table. */
  type: string
  _font: { stream: { buffer: Uint8Array }; _variationProcessor?: unknown }
  _decode(): unknown
}

/** Each font file's decoded outlines, by the bytes of the file and the glyph's id. */
const outlinesByFont = new WeakMap<Uint8Array, Map<number, unknown>>()
const patchedGlyphClasses = new WeakSet<object>()

/**
 * Embedding a document's subset of a font decodes the outline of every glyph it uses, only to
 * see whether the glyph is made of others: in every document again, a third of what embedding a
 * font costs. An outline depends on the font file and the glyph alone, so each is decoded once
 * and kept (a few hundred glyphs a font). fontkit only reads a decoded outline; it changes one
 * only for variable fonts, which none of the bundled fonts is.
 */
export function keepDecodedOutlines(glyph: TrueTypeGlyph): void {
  const prototype = Object.getPrototypeOf(glyph) as TrueTypeGlyph
  if (glyph.type !== 'TTF' || patchedGlyphClasses.has(prototype)) return
  patchedGlyphClasses.add(prototype)
  const decode = prototype._decode
  prototype._decode = function (this: TrueTypeGlyph) {
    if (this._font._variationProcessor) return decode.call(this)
    const fontBytes = this._font.stream.buffer
    let outlines = outlinesByFont.get(fontBytes)
    if (!outlines) {
      outlines = new Map()
      outlinesByFont.set(fontBytes, outlines)
    }
    if (!outlines.has(this.id)) outlines.set(this.id, decode.call(this))
    return outlines.get(this.id)
  }
}
