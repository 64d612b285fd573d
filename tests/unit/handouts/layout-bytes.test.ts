import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { planAftercare } from '../../../src/shared/aftercare/plan'
import { UNNAMED_CLINIC } from '../../../src/shared/clinic/clinic-settings'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { calendarContent } from '../../../src/main/handouts/printed/calendar-content'
import { calendarFileContent } from '../../../src/main/handouts/printed/calendar-file'
import { handoutContent } from '../../../src/main/handouts/printed/handout-content'
import { CURRENT_LAYOUTS } from '../../../src/main/handouts/printed/layout-versions'
import { renderPrinted } from '../../../src/main/handouts/printed/render-printed'
import { aClient, aTreatment } from '../aftercare/fixtures'

/**
 * The bytes each current layout version draws for a fixed content. A reprint in the same
 * version must be the identical file, so anything that moves a byte (a margin, a font size,
 * pdfmake's or fontkit's version, the compression) must come with a new layout version in
 * layout-versions.ts: then update the hash here. This test is what notices a forgotten one.
 */
const DRAWN_BY_CURRENT_LAYOUTS = {
  handout: { version: 3, sha256: 'e637934ef606b4dcbf0fda9b88f75cb5fedb751681b6babb753821d9b94bbc67' },
  calendar: { version: 1, sha256: '6fc95e02d692cba83b096423f5c0bfca50e0a4c76e824d79e8afc52eee44c860' },
  ics: { version: 1, sha256: '8ab6917f067376981ad3bf4946848d7a0865e2f6d1e9d52c1024dfb10273127b' }
}

const renderer = await PdfRenderer.create(resolve('resources/fonts'))

function fixedContents() {
  const client = aClient('en')
  const treatment = aTreatment({ depthMm: 1.5, sessionNumber: 1, practitioner: 'Dr Amara Okafor', device: 'Microneedling pen' })
  const plan = planAftercare(treatment, client, DEFAULT_PROTOCOL)
  const clinic = { ...UNNAMED_CLINIC, name: 'Harbour Skin Clinic', address: '12 Quay Street, Bristol BS1 4DJ', phone: '0117 496 0123' }
  const producedAt = '2026-11-30T15:00:00.000Z'
  return {
    handout: handoutContent({ plan, treatment, client, clinic, paper: 'A4', producedAt, datesInOrder: 'time' }),
    calendar: calendarContent({ plan, client, clinic, paper: 'A4', producedAt }),
    ics: calendarFileContent({ plan, client, clinicName: clinic.name, producedAt })
  }
}

describe('each current layout version', () => {
  for (const [kind, content] of Object.entries(fixedContents())) {
    it(`draws the ${kind} byte for byte as when its version was set`, async () => {
      const bytes = await renderPrinted(renderer, { content, layouts: CURRENT_LAYOUTS })
      const drawn = { version: CURRENT_LAYOUTS[content.kind].version, sha256: createHash('sha256').update(bytes).digest('hex') }
      expect(drawn, 'The layout draws other bytes: give it a new version in layout-versions.ts, then update this hash.').toEqual(
        DRAWN_BY_CURRENT_LAYOUTS[content.kind]
      )
    })
  }
})
