import { eachWord } from './lighter-drawing/text-layout'

/** pdfkit's layout of a word or a run of words: its glyphs and positions (only read once made). */
export interface LaidOutText {
  glyphs: unknown[]
  positions: unknown[]
  advanceWidth: number
}
/** The parts of a document's fontkit font that shaping touches: the glyphs it has made, by id, each with the characters it was made for. */
export interface ShapingFontkitFont {
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null
  _glyphs: Record<number, { codePoints: number[] } | undefined>
}
/** pdfkit's font of a document (EmbeddedFont), as far as laying out its text goes. */
export interface ShapingFont {
  font: ShapingFontkitFont
  /** Font units to PDF units. */
  scale: number
  /** The document's words laid out so far (pdfkit keeps one per font of a document). */
  layoutCache?: Record<string, LaidOutText>
  layoutRun(this: { font: ShapingFontkitFont; scale: number }, text: string): LaidOutText
  layoutCached(text: string): LaidOutText
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: unknown[] | null; positions: unknown[] | null; advanceWidth: number }
}
/** What one font file has shaped, for every document drawn with it. */
export interface SharedShaping {
  /** A view of the font that shapes each new word alone, as the first word of a document; made when first needed. */
  shaper: () => ShapingFontkitFont
  /** Words shaped alone, with the glyphs that shaping made. */
  words: Map<string, ShapedText>
  /** Runs of words (a line drawn at once), each word shaped alone; undefined when two of its words made one glyph for different characters. */
  runs: Map<string, ShapedRun | undefined>
  /** The characters each glyph was first made for, by glyph id (sharedCodePoints). */
  codePoints: Map<number, number[]>
}
interface ShapedText {
  laidOut: LaidOutText
  /** Each glyph shaping made, by id, with the characters it was made for. */
  made: [id: number, codePoints: number[]][]
}
interface ShapedRun {
  words: ShapedText[]
  /** The glyphs its words made, each once. */
  made: ShapedText['made']
}

// Words and runs shaped once per font are kept for later documents; a long-running desk that
// prints many names starts each cache afresh beyond this many. A run holds the glyphs of a line
// (about a kilobyte), and a day of handouts brings a few thousand.
const MOST_KEPT_WORDS = 20_000
const MOST_KEPT_RUNS = 5_000

export function newSharedShaping(shaper: () => ShapingFontkitFont): SharedShaping {
  let made: ShapingFontkitFont | undefined
  return { shaper: () => (made ??= shaper()), words: new Map(), runs: new Map(), codePoints: new Map() }
}

/**
 * Shaping a word depends on the font, the word and the characters of each glyph the document
 * already has that the shaping makes use of. Each word is shaped once alone, recording the
 * glyphs it made; a document takes that shaping when every glyph it already has among those was
 * made for the same characters, and then has them made as the shaping would have (what shaping
 * in the document would have done, exactly), else shapes the word itself.
 *
 * A run of words (a line of a lean document, joined-word-runs.ts) is laid out word by word, so
 * its layout is its words' shapings one after another, and it is taken whole on the same
 * condition. pdfkit lays every run out twice, to encode it and then to move past it, word by
 * word: a fifth of drawing a handout once its texts were measured.
 */
export function shareShapedWords(font: ShapingFont, shared: SharedShaping): void {
  const layoutRun = font.layoutRun
  font.layoutCached = function (text) {
    const known = this.layoutCache?.[text]
    if (known) return known
    const word = shapedWord(shared, text, this.scale, layoutRun)
    const laidOut = takenBy(this.font, word) ? word.laidOut : layoutRun.call(this, text)
    if (this.layoutCache) this.layoutCache[text] = laidOut
    return laidOut
  }
  let lastRun: { text: string; laidOut: LaidOutText } | undefined
  font.layout = function (text, features, onlyWidth) {
    if (!features && isRun(text)) {
      if (lastRun?.text === text) return lastRun.laidOut
      const run = shapedRun(shared, text, this.scale, layoutRun)
      if (run && takenBy(this.font, run)) {
        lastRun = { text, laidOut: laidOutRun(run) }
        return lastRun.laidOut
      }
    }
    return (Object.getPrototypeOf(this) as ShapingFont).layout.call(this, text, features, onlyWidth)
  }
}

/** A word as the first word of a document would be shaped, once per font. */
function shapedWord(shared: SharedShaping, text: string, scale: number, layoutRun: ShapingFont['layoutRun']): ShapedText {
  const known = shared.words.get(text)
  if (known) return known
  const shaper = shared.shaper()
  shaper._glyphs = {}
  const laidOut = layoutRun.call({ font: shaper, scale }, text)
  const made = Object.entries(shaper._glyphs).flatMap(([id, glyph]): ShapedText['made'] => (glyph ? [[Number(id), sharedCodePoints(shared, Number(id), glyph.codePoints)]] : []))
  if (shared.words.size >= MOST_KEPT_WORDS) shared.words.clear()
  const word = { laidOut, made }
  shared.words.set(text, word)
  return word
}

/** More than one word: a space or tab before its end (pdfkit ends a word after each). */
function isRun(text: string): boolean {
  const space = text.search(/[ \t]/)
  return space !== -1 && space < text.length - 1
}

/**
 * A run's words shaped alone, split as pdfkit splits them (eachWord). Once per
 * font. Undefined when two of its words made one glyph for different characters.
 */
function shapedRun(shared: SharedShaping, text: string, scale: number, layoutRun: ShapingFont['layoutRun']): ShapedRun | undefined {
  if (shared.runs.has(text)) return shared.runs.get(text)
  const words: ShapedText[] = []
  eachWord(text, (word) => words.push(shapedWord(shared, word, scale, layoutRun)))
  const made = madeByAll(words)
  const run = made && { words, made }
  if (shared.runs.size >= MOST_KEPT_RUNS) shared.runs.clear()
  shared.runs.set(text, run)
  return run
}

/** The glyphs the words made, each once; undefined when two of them made one glyph for different characters. */
function madeByAll(words: ShapedText[]): ShapedText['made'] | undefined {
  const made = new Map<number, number[]>()
  for (const [id, codePoints] of words.flatMap((word) => word.made)) {
    const had = made.get(id)
    if (had && !sameCodePoints(had, codePoints)) return undefined
    made.set(id, codePoints)
  }
  return [...made]
}

/**
 * A run's words laid out one after another, made for each document that takes it: a run keeps
 * only its words, a tenth of the memory its glyphs would take, and gathering them is quick.
 */
function laidOutRun(run: ShapedRun): LaidOutText {
  const glyphs: unknown[] = []
  const positions: unknown[] = []
  let advanceWidth = 0
  for (const { laidOut } of run.words) {
    for (const glyph of laidOut.glyphs) glyphs.push(glyph)
    for (const position of laidOut.positions) positions.push(position)
    advanceWidth += laidOut.advanceWidth
  }
  return { glyphs, positions, advanceWidth }
}

/**
 * Whether a document's font takes a shaping made alone: when each glyph it already has among
 * those the shaping made was made for the same characters. If so, it is given those it has not.
 */
function takenBy(font: ShapingFontkitFont, shaped: Pick<ShapedText, 'made'>): boolean {
  const { made } = shaped
  let missing = false
  for (const [id, codePoints] of made) {
    const had = font._glyphs[id]
    if (!had) missing = true
    // A glyph made from a shaping kept here holds the very array of characters.
    else if (had.codePoints !== codePoints && !sameCodePoints(had.codePoints, codePoints)) return false
  }
  if (missing) for (const [id, codePoints] of made) if (!font._glyphs[id]) font.getGlyph(id, codePoints)
  return true
}

/**
 * The characters a glyph was made for, as the array kept for them: words that made a glyph for
 * the same characters hold one array, and a document given the glyph by one of them (which
 * keeps that array) is seen to fit the others by comparing arrays, not their contents.
 */
function sharedCodePoints(shared: SharedShaping, id: number, codePoints: number[]): number[] {
  const kept = shared.codePoints.get(id)
  if (kept && sameCodePoints(kept, codePoints)) return kept
  if (!kept) shared.codePoints.set(id, codePoints)
  return codePoints
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
