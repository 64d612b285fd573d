import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'

/** The shared vocabulary in German, keyed as the register stores it; zones as the handouts name them. */
export default {
  zone: HANDOUT_ZONE_LABELS.de,
  concern: {
    acne_scars: 'Aknenarben',
    fine_lines: 'Feine Linien',
    texture: 'Hautbild',
    pigmentation: 'Pigmentierung',
    stretch_marks: 'Dehnungsstreifen',
    other: 'Sonstiges'
  },
  language: { en: 'Englisch', es: 'Spanisch', fr: 'Französisch', de: 'Deutsch' },
  device: { pen: 'Microneedling-Pen', roller: 'Dermaroller', radiofrequency: 'RF-Microneedling' },
  skinType: 'Typ {type}'
} satisfies MessageSchema['vocabulary']
