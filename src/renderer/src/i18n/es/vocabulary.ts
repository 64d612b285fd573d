import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'

/** The shared vocabulary in Spanish, keyed as the register stores it; zones as the handouts name them. */
export default {
  zone: HANDOUT_ZONE_LABELS.es,
  concern: {
    acne_scars: 'Cicatrices de acné',
    fine_lines: 'Líneas finas',
    texture: 'Textura',
    pigmentation: 'Pigmentación',
    stretch_marks: 'Estrías',
    other: 'Otro'
  },
  language: { en: 'Inglés', es: 'Español', fr: 'Francés', de: 'Alemán' },
  device: { pen: 'Pluma de microagujas', roller: 'Rodillo de microagujas', radiofrequency: 'Microagujas con radiofrecuencia' },
  skinType: 'Tipo {type}'
} satisfies MessageSchema['vocabulary']
