import { joinWordRuns, type LayoutBuilderClass } from './joined-word-runs'
import { askStylesOncePerText, type StyleStackClass, type TextInlinesClass } from './style-lookups'

export { keepDecodedOutlines } from './glyph-outlines'
export { drawInJoinedRuns } from './joined-word-runs'

let applied = false

/**
 * Where a handout's time went once its fonts were shared (pdf-renderer.ts): pdfmake's style
 * lookups, each walking every style in force for every word. The shortcut gives the very bytes
 * pdfmake gives without it (the layout-bytes test holds it to that). Then its drawing of every
 * word on its own, which a document asks to have joined into runs (joined-word-runs.ts), as a
 * new layout version does. `fromPdfmake` requires a module as pdfmake itself would.
 */
export function drawLighter(fromPdfmake: NodeJS.Require): void {
  if (applied) return
  applied = true
  const { default: StyleContextStack } = fromPdfmake('./StyleContextStack') as { default: StyleStackClass }
  const { default: TextInlines } = fromPdfmake('./TextInlines') as { default: TextInlinesClass }
  askStylesOncePerText(StyleContextStack, TextInlines)
  const { default: LayoutBuilder } = fromPdfmake('./LayoutBuilder') as { default: LayoutBuilderClass }
  joinWordRuns(LayoutBuilder)
}
