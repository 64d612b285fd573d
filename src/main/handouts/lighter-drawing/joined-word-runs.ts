/** A page as pdfmake lays it out, ready to draw. */
export interface LaidOutPage {
  items: { type: string; item: { inlines?: Inline[]; _pageNodeRef?: unknown } }[]
}
/** A piece of a laid-out line: pdfmake makes one for each word, with the style it is drawn in. */
type Inline = Record<string, unknown> & { text: string; x: number; width: number; trailingCut?: number }

// What differs from word to word of one run without changing how it is drawn.
const PLACE_AND_TEXT = new Set(['text', 'x', 'width', 'leadingCut', 'trailingCut'])
// A word (or a line's first word) that stands for a page number is given its text only as it is drawn.
const DRAWN_LATER = ['_pageNodeRef', 'linkToPage']
const ENDS_IN_SPACE = /[ \t]$/
const STARTS_WITH_SPACE = /^[ \t]/

/**
 * pdfmake draws every word on its own, each with its colour, opacity, font and position set
 * again: four fifths of a handout's content stream and a third of the time it takes to draw.
 * Here the words of a line that follow one another in one style become one run, drawn at once.
 * pdfkit lays a run out word by word, splitting it after each space, so a run that joins words
 * only after a space gives every word the very glyphs and advance it had alone, and each lands
 * where pdfmake placed it (the lean-drawing test reads every word's box back). Justified or
 * spaced text, whose words pdfmake spaces apart, is left word by word.
 */
export function joinWordRuns(pages: LaidOutPage[]): void {
  for (const page of pages) {
    for (const { type, item } of page.items) {
      if (type === 'line' && item.inlines && item._pageNodeRef === undefined) item.inlines = joinedRuns(item.inlines)
    }
  }
}

function joinedRuns(inlines: Inline[]): Inline[] {
  const runs: Inline[] = []
  let first = 0
  for (let index = 1; index <= inlines.length; index++) {
    const next = inlines[index]
    if (next && continues(inlines[index - 1] as Inline, next)) continue
    runs.push(first === index - 1 ? (inlines[first] as Inline) : joined(inlines.slice(first, index)))
    first = index
  }
  return runs
}

function joined(words: Inline[]): Inline {
  const [first] = words as [Inline]
  const last = words.at(-1) as Inline
  const width = words.reduce((sum, word) => sum + word.width, 0)
  return { ...first, text: words.map((word) => word.text).join(''), width, trailingCut: last.trailingCut ?? 0 }
}

/** Whether `next` can be drawn in one run with `word`: right after it, after a space, in the same style. */
function continues(word: Inline, next: Inline): boolean {
  if (!ENDS_IN_SPACE.test(word.text) || STARTS_WITH_SPACE.test(next.text)) return false
  if (Math.abs(word.x + word.width - next.x) > 1e-6 || next.characterSpacing) return false
  if (DRAWN_LATER.some((key) => word[key] != null || next[key] != null)) return false
  for (const key in word) if (!PLACE_AND_TEXT.has(key) && word[key] !== next[key]) return false
  for (const key in next) if (!(key in word) && !PLACE_AND_TEXT.has(key)) return false
  return true
}
