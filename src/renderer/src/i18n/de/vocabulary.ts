import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'
import { CONCERN_LABELS_IN, LANGUAGE_LABELS_IN } from '@shared/register/vocabulary-labels'

/** The shared vocabulary in German, keyed as the register stores it; zones as the handouts name them; concerns and languages from src/shared, where main says them too. */
export default {
  zone: HANDOUT_ZONE_LABELS.de,
  concern: CONCERN_LABELS_IN.de,
  language: LANGUAGE_LABELS_IN.de,
  device: { pen: 'Microneedling-Pen', roller: 'Dermaroller', radiofrequency: 'RF-Microneedling' },
  skinType: 'Typ {type}'
} satisfies MessageSchema['vocabulary']
