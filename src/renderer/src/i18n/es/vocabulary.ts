import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'
import { CONCERN_LABELS_IN, LANGUAGE_LABELS_IN } from '@shared/register/vocabulary-labels'

/** The shared vocabulary in Spanish, keyed as the register stores it; zones as the handouts name them; concerns and languages from src/shared, where main says them too. */
export default {
  zone: HANDOUT_ZONE_LABELS.es,
  concern: CONCERN_LABELS_IN.es,
  language: LANGUAGE_LABELS_IN.es,
  device: { pen: 'Pluma de microagujas', roller: 'Rodillo de microagujas', radiofrequency: 'Microagujas con radiofrecuencia' },
  skinType: 'Tipo {type}'
} satisfies MessageSchema['vocabulary']
