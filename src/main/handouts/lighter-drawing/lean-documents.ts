import { deflateFast, type PdfObject } from './written-streams'
import { joinWordRuns, type LaidOutPage } from './joined-word-runs'

/** pdfmake's LayoutBuilder: lays a document's content out into pages. */
export interface LayoutBuilderClass {
  prototype: { layoutDocument(this: unknown, content: unknown, pdfDocument: unknown, ...rest: unknown[]): LaidOutPage[] }
}

/** The content of each document to be drawn the lean way, as handed to pdfmake. */
const leanContents = new WeakSet<object>()
/** The pdfkit documents drawing those. */
const leanDocuments = new WeakSet<object>()

/**
 * Marks a document (by its content) to be drawn the lean way: its text measured once per
 * process (measured-texts.ts), the words of each line drawn as runs (joined-word-runs.ts) and
 * its text font's glyphs numbered from a fixed set of letters first (kept-subsets.ts), its
 * streams deflated at zlib's fastest level (written-streams.ts).
 * A layout version draws so or not, as its bytes were pinned.
 */
export function drawLean(content: object): void {
  leanContents.add(content)
}

/** Whether this pdfkit document is drawing a document marked lean. */
export function isLean(pdfDocument: object): boolean {
  return leanDocuments.has(pdfDocument)
}

/** Carries the mark from a document's content to the pdfkit document that lays it out, and joins its lines' runs. */
export function layOutLeanDocuments(LayoutBuilder: LayoutBuilderClass): void {
  const layoutDocument = LayoutBuilder.prototype.layoutDocument
  LayoutBuilder.prototype.layoutDocument = function (content, pdfDocument, ...rest) {
    const lean = typeof content === 'object' && content !== null && leanContents.has(content) && typeof pdfDocument === 'object' && pdfDocument !== null
    if (lean) {
      leanDocuments.add(pdfDocument)
      deflateFast((pdfDocument as { _root: PdfObject })._root)
    }
    const pages = layoutDocument.call(this, content, pdfDocument, ...rest)
    if (lean) joinWordRuns(pages)
    return pages
  }
}
