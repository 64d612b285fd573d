import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'
import { CONCERN_LABELS_IN, LANGUAGE_LABELS_IN } from '@shared/register/vocabulary-labels'

/** The shared vocabulary in French, keyed as the register stores it; zones as the handouts name them; concerns and languages from src/shared, where main says them too. */
export default {
  zone: HANDOUT_ZONE_LABELS.fr,
  concern: CONCERN_LABELS_IN.fr,
  language: LANGUAGE_LABELS_IN.fr,
  device: { pen: 'Stylo de microneedling', roller: 'Rouleau de microneedling', radiofrequency: 'Microneedling par radiofréquence' },
  skinType: 'Type {type}'
} satisfies MessageSchema['vocabulary']
