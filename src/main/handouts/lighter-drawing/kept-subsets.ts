import { deflateOnce, writeStreamsSparingly, type PdfObject } from './written-streams'
import { isLean } from './lean-documents'

/** pdfkit's font of one document (EmbeddedFont), as far as its subset goes. */
export interface SubsettingFont {
  /** The pdfkit document the font draws in, with its catalogue, the first of its objects. */
  document: { _root: PdfObject }
  subset: FontSubset
  /** Gives the text's glyphs by their ids in the subset, adding those not yet in it. */
  encode(text: string, features?: unknown): unknown
}
/** fontkit's subset of a font: the glyphs a document drew, in the order first drawn, and the font file made of them. */
interface FontSubset {
  glyphs: number[]
  encode(): Uint8Array
}

/**
 * The characters names, dates and addresses are most often written in (the letters of English,
 * Spanish, French and German), each a word of its own so that no two are shaped together (into
 * a ligature).
 */
const FIRST_CHARACTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,-'’()/&+:ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÙÚÛÜßàáâäçèéêëíîïñóôöùúûüÿŒœ"].join(' ')
// A subset is 10 to 40 KB; a long-running desk keeps the most recently made this many per font.
const MOST_KEPT = 100

/** The subset files made, by the parsed font they are of, then by their glyphs in order. */
const keptSubsets = new WeakMap<object, Map<string, Uint8Array>>()

/**
 * Making the font files a handout embeds (fontkit subsetting Noto Sans: its glyph, location and
 * metrics tables) was an eighth of drawing one. A subset's file depends only on the font and its
 * glyphs in order, so one made before is taken again.
 *
 * Its glyphs are numbered in the order the document first draws them, and a handout draws the
 * patient's name first, so every name gave a different order. In a lean document the text font's
 * subset therefore starts with FIRST_CHARACTERS, in that order: after them come the protocol's
 * own glyphs, in the order its text draws them, and handouts of one protocol text in one language
 * share their subsets whatever the name. The price is the letters a handout does not use, about
 * a hundred glyphs in all.
 */
export function keepSubsets(font: SubsettingFont, parsedFont: object, { textFont }: { textFont: boolean }): void {
  writeStreamsSparingly(font.document._root)
  const subset = font.subset
  const encodeSubset = subset.encode
  subset.encode = function () {
    let kept = keptSubsets.get(parsedFont)
    if (!kept) keptSubsets.set(parsedFont, (kept = new Map()))
    const key = this.glyphs.join(',')
    let file = kept.get(key)
    if (!file) {
      file = encodeSubset.call(this)
      if (kept.size >= MOST_KEPT) kept.delete(kept.keys().next().value as string)
      kept.set(key, file)
      deflateOnce(file)
    }
    return file
  }
  if (!textFont) return
  const encode = font.encode
  font.encode = function (text, features) {
    font.encode = encode
    if (isLean(font.document)) encode.call(font, FIRST_CHARACTERS)
    return encode.call(font, text, features)
  }
}

