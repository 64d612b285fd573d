import { Temporal } from 'temporal-polyfill'
import type { Client } from '@shared/register/client'
import type { Treatment } from '@shared/register/treatment'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { wordsIn } from '@shared/words/words'

const SAMPLE_CLIENT_ID = '00000000000000000000000000'

/**
 * A made-up patient treated today at 10:00 on the cheeks, for previews of the handout: named,
 * with their practitioner and device, in the language the preview is drawn in.
 */
export function sampleTreatment(depthMm: number, language: HandoutLanguage, now: Date): { treatment: Treatment; client: Client } {
  const timeZone = Temporal.Now.timeZoneId()
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate()
  const stamp = now.toISOString()
  return {
    client: {
      id: SAMPLE_CLIENT_ID,
      givenName: wordsIn(language, 'sample.givenName'),
      familyName: wordsIn(language, 'sample.familyName'),
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
      performedAt: `${today.toString()}T10:00`,
      timeZone,
      practitioner: wordsIn(language, 'sample.practitioner'),
      device: wordsIn(language, 'sample.device'),
      concerns: [],
      zones: [{ zone: 'cheeks', depthMm }],
      deepestDepthMm: depthMm,
      products: null,
      notes: '',
      sessionNumber: 1,
      screening: null,
      createdAt: stamp
    }
  }
}
