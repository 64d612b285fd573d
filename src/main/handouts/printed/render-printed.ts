import type { ClinicLogo } from '@shared/clinic/clinic-logo'
import type { PdfRenderer } from '../pdf-renderer'
import { calendarFileText } from './calendar-file'
import { calendarLayout } from './calendar-layout'
import { handoutLayout } from './handout-layout'
import type { Layouts } from './layout-versions'
import type { PrintedContent } from './printed-content'

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
      return renderer.render(handoutLayout(content, layouts.handout, logo), new Date(content.producedAt))
  }
}
