import { Temporal } from 'temporal-polyfill'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import type { HandoutLanguage, TreatmentZone } from '@shared/register/vocabulary'
import { wordsIn } from '@shared/words/words'

const SAMPLE_CLIENT_ID = '00000000000000000000000000'

/** A sample treated elsewhere and later, as the start-up warm-up varies it to meet more of the words handouts print. */
export interface SampleVariation {
  zones: readonly TreatmentZone[]
  daysLater: number
  /** HH:MM */
  time: string
  /** Another patient's name than the language's sample one. */
  name?: { givenName: string; familyName: string }
}

const PREVIEW_SAMPLE: SampleVariation = { zones: ['cheeks'], daysLater: 0, time: '10:00' }

/**
 * A made-up patient treated today at 10:00 on the cheeks, for previews of the handout: named,
 * with their practitioner and device, in the language the preview is drawn in.
 */
export function sampleTreatment(
  depthMm: number,
  language: HandoutLanguage,
  now: Date,
  { zones, daysLater, time, name }: SampleVariation = PREVIEW_SAMPLE
): { treatment: Treatment; client: Client } {
  const timeZone = Temporal.Now.timeZoneId()
  const day = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().add({ days: daysLater })
  const stamp = now.toISOString()
  return {
    client: {
      id: SAMPLE_CLIENT_ID,
      givenName: name?.givenName ?? wordsIn(language, 'sample.givenName'),
      familyName: name?.familyName ?? wordsIn(language, 'sample.familyName'),
      dateOfBirth: null,
      phone: null,
      email: null,
      skinType: null,
      language,
      notes: '',
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
      lastActivityAt: stamp,
      version: 1
    },
    treatment: {
      id: '00000000000000000000000001',
      clientId: SAMPLE_CLIENT_ID,
      performedAt: `${day.toString()}T${time}`,
      timeZone,
      practitioner: wordsIn(language, 'sample.practitioner'),
      device: wordsIn(language, 'sample.device'),
      concerns: [],
      zones: zones.map((zone) => ({ zone, depthMm })),
      deepestDepthMm: depthMm,
      products: null,
      notes: '',
      sessionNumber: 1,
      screening: null,
      createdAt: stamp
    }
  }
}
