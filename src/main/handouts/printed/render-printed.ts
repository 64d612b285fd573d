import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import type { PdfRenderer } from '../pdf-renderer'
import { calendarFileText } from './calendar-file'
import { calendarLayout } from './calendar-layout'
import { consentLayout } from './consent-layout'
import { handoutLayout } from './handout-layout'
import { PREP_SHEET_FIT, prepSheetLayout } from './prep-sheet-layout'
import type { HandoutLayoutStyle, Layouts } from './layout-versions'
import type { PrintedConsent } from './printed-consent'
import type { PrintedContent, PrintedHandout } from './printed-content'

/** Everything a file is drawn from: plain data, so it can be sent to a worker thread. */
export interface RenderJob {
  content: PrintedContent | PrintedConsent
  layouts: Layouts
  /** The clinic's logo, when the content names one. */
  logo?: ClinicLogo
}

/** The file's bytes: the same job always gives the same bytes. */
export async function renderPrinted(renderer: PdfRenderer, { content, layouts, logo }: RenderJob): Promise<Uint8Array> {
  switch (content.kind) {
    case 'ics':
      return new TextEncoder().encode(calendarFileText(content))
    case 'calendar':
      return renderer.render(calendarLayout(content), new Date(content.producedAt))
    case 'handout':
      return drawHandout(renderer, content, layouts.handout, logo)
    case 'consent':
      return renderer.render(consentLayout(content), new Date(content.producedAt))
    case 'prep-sheet':
      return drawFitting(renderer, content.producedAt, PREP_SHEET_FIT, false, (textScale, onPageCount) => prepSheetLayout(content, logo, { textScale, onPageCount }))
  }
}

/** A handout drawn at the largest text size at which it fits its pages. */
function drawHandout(renderer: PdfRenderer, handout: PrintedHandout, style: HandoutLayoutStyle, logo: ClinicLogo | undefined): Promise<Uint8Array> {
  return drawFitting(renderer, handout.producedAt, style.fit, style.lean, (textScale, onPageCount) =>
    handoutLayout(handout, style, logo, { textScale, onPageCount })
  )
}

/**
 * A document drawn at each text scale of `fit` in turn until it takes at most `fit.pages` pages
 * (the last scale whatever it takes); at its own size when it has no `fit`.
 */
async function drawFitting(
  renderer: PdfRenderer,
  producedAt: string,
  fit: { pages: number; textScales: number[] } | null,
  lean: boolean,
  layoutAt: (textScale: number, onPageCount: (pages: number) => void) => TDocumentDefinitions
): Promise<Uint8Array> {
  const textScales = fit?.textScales ?? [1]
  let bytes: Uint8Array = new Uint8Array()
  for (const textScale of textScales) {
    let pages = 0
    bytes = await renderer.render(layoutAt(textScale, (count) => (pages = count)), new Date(producedAt), { lean })
    if (!fit || pages <= fit.pages) break
  }
  return bytes
}
