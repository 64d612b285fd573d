import { askStylesOncePerText, type StyleStackClass, type TextInlinesClass } from './style-lookups'

export { keepDecodedOutlines } from './glyph-outlines'

let applied = false

/**
 * Where a handout's time went once its fonts were shared (pdf-renderer.ts): pdfmake's style
 * lookups, each walking every style in force for every word. The shortcut gives the very bytes
 * pdfmake gives without it (the layout-bytes test holds it to that). `fromPdfmake` requires a
 * module as pdfmake itself would.
 */
export function drawLighter(fromPdfmake: NodeJS.Require): void {
  if (applied) return
  applied = true
  const { default: StyleContextStack } = fromPdfmake('./StyleContextStack') as { default: StyleStackClass }
  const { default: TextInlines } = fromPdfmake('./TextInlines') as { default: TextInlinesClass }
  askStylesOncePerText(StyleContextStack, TextInlines)
}
