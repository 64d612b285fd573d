import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import type { PdfRenderer } from '../pdf-renderer'
import { calendarFileText } from './calendar-file'
import { calendarLayout } from './calendar-layout'
import { handoutLayout } from './handout-layout'
import { prepSheetLayout } from './prep-sheet-layout'
import type { HandoutLayoutStyle, Layouts } from './layout-versions'
import type { PrintedContent, PrintedHandout } from './printed-content'

/** Everything a file is drawn from: plain data, so it can be sent to a worker thread. */
export interface RenderJob {
  content: PrintedContent
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
    case 'prep-sheet':
      return renderer.render(prepSheetLayout(content, logo), new Date(content.producedAt))
  }
}

/** A handout drawn at the largest text size at which it fits its pages. */
async function drawHandout(renderer: PdfRenderer, handout: PrintedHandout, style: HandoutLayoutStyle, logo: ClinicLogo | undefined): Promise<Uint8Array> {
  const { fit } = style
  const textScales = fit?.textScales ?? [1]
  let bytes: Uint8Array = new Uint8Array()
  for (const textScale of textScales) {
    let pages = 0
    const layout = handoutLayout(handout, style, logo, { textScale, onPageCount: (count) => (pages = count) })
    bytes = await renderer.render(layout, new Date(handout.producedAt))
    if (!fit || pages <= fit.pages) break
  }
  return bytes
}
