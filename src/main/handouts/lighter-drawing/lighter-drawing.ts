import { layOutLeanDocuments, type LayoutBuilderClass } from './lean-documents'
import { keepMeasuredTexts } from './measured-texts'
import { askStylesOncePerText, type StyleStackClass, type TextInlinesClass } from './style-lookups'

export { keepDecodedOutlines } from './glyph-outlines'
export { drawLean } from './lean-documents'
export { keepSubsets, type SubsettingFont } from './kept-subsets'
export { layOutWithoutCopies } from './text-layout'

let applied = false

/**
 * Where a handout's time went once its fonts were shared (pdf-renderer.ts): pdfmake's style
 * lookups, each walking every style in force for every word. The shortcut gives the very bytes
 * pdfmake gives without it (the layout-bytes test holds it to that). Then, in a document drawn
 * the lean way (lean-documents.ts, as a layout version asks), measuring the same texts again
 * and drawing every word on its own. `fromPdfmake` requires a module as pdfmake itself would.
 */
export function drawLighter(fromPdfmake: NodeJS.Require): void {
  if (applied) return
  applied = true
  const { default: StyleContextStack } = fromPdfmake('./StyleContextStack') as { default: StyleStackClass }
  const { default: TextInlines } = fromPdfmake('./TextInlines') as { default: TextInlinesClass }
  askStylesOncePerText(StyleContextStack, TextInlines)
  const { default: LayoutBuilder } = fromPdfmake('./LayoutBuilder') as { default: LayoutBuilderClass }
  layOutLeanDocuments(LayoutBuilder)
  keepMeasuredTexts(TextInlines as unknown as Parameters<typeof keepMeasuredTexts>[0])
}
