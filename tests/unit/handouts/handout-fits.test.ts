import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { planAftercare } from '../../../src/shared/aftercare/plan'
import { HANDOUT_ZONE_LABELS } from '../../../src/shared/aftercare/zone-labels'
import { UNNAMED_CLINIC } from '../../../src/shared/clinic/clinic-settings'
import { HANDOUT_LANGUAGES, type HandoutLanguage, type TreatmentZone } from '../../../src/shared/register/vocabulary'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { handoutContent } from '../../../src/main/handouts/printed/handout-content'
import { CURRENT_LAYOUTS } from '../../../src/main/handouts/printed/layout-versions'
import { renderPrinted } from '../../../src/main/handouts/printed/render-printed'
import { aClient, aTreatment } from '../aftercare/fixtures'
import { readPdf } from '../../support/pdf-read-back'

/**
 * The longest handout a desk can print fits on two pages: six zones with the language's
 * longest names, a three-line address, a 60-character name, the first session of a course
 * (every later session listed) and both phone numbers, at the depth of every band, in every
 * handout language, on A4 and on Letter.
 */

const renderer = await PdfRenderer.create(resolve('resources/fonts'))

const CLINIC = {
  ...UNNAMED_CLINIC,
  name: 'Harbour Skin & Laser Clinic of Clifton Village',
  address: 'Suite 4, Second Floor, The Old Customs House\n12–14 Princes Wharf Quay Street\nBristol BS1 4DJ, United Kingdom',
  phone: '+44 117 496 0123',
  outOfHoursPhone: '+44 7700 900456',
  email: 'appointments@harbour-skin-clinic.example',
  website: 'www.harbour-skin-clinic.example'
}

// 60 characters, as long as a name the register takes.
const LONG_NAME = { givenName: 'Maria-Fernanda Alexandra', familyName: 'Vasconcelos-Albuquerque de Sá Pinto' }

function longestZones(language: HandoutLanguage): TreatmentZone[] {
  const labels = HANDOUT_ZONE_LABELS[language]
  return (Object.keys(labels) as TreatmentZone[]).sort((a, b) => labels[b].length - labels[a].length).slice(0, 6)
}

const DEPTHS = DEFAULT_PROTOCOL.bands.map((band) => band.upToMm)

describe('the longest handout', () => {
  it('has a 60-character name', () => {
    expect(`${LONG_NAME.givenName} ${LONG_NAME.familyName}`).toHaveLength(60)
  })

  for (const language of HANDOUT_LANGUAGES) {
    for (const paper of ['A4', 'Letter'] as const) {
      it(`fits on two pages in ${language} on ${paper}, at every band's depth`, async () => {
        for (const depthMm of DEPTHS) {
          const client = { ...aClient(language), ...LONG_NAME }
          const treatment = aTreatment({
            practitioner: 'Dr Alexandra Konstantinopoulou-Whitfield',
            device: 'Dermapen 4 with 36-needle cartridge',
            sessionNumber: 1,
            zones: longestZones(language).map((zone, index) => ({ zone, depthMm: index === 0 ? depthMm : 0.25 }))
          })
          const plan = planAftercare(treatment, client, { ...DEFAULT_PROTOCOL, courseLength: 6 })
          const content = handoutContent({ plan, treatment, client, clinic: CLINIC, paper, producedAt: '2026-11-30T15:00:00.000Z', datesInOrder: 'time' })
          const pdf = await readPdf(await renderPrinted(renderer, { content, layouts: CURRENT_LAYOUTS }))
          expect({ depthMm, pages: pdf.pages }).toEqual({ depthMm, pages: 2 })
        }
      })
    }
  }
})
