import type { MessageSchema } from '../message-schema'
import { HANDOUT_ZONE_LABELS } from '@shared/aftercare/zone-labels'

/** The shared vocabulary in French, keyed as the register stores it; zones as the handouts name them. */
export default {
  zone: HANDOUT_ZONE_LABELS.fr,
  concern: {
    acne_scars: 'Cicatrices d’acné',
    fine_lines: 'Ridules',
    texture: 'Grain de peau',
    pigmentation: 'Pigmentation',
    stretch_marks: 'Vergetures',
    other: 'Autre'
  },
  language: { en: 'Anglais', es: 'Espagnol', fr: 'Français', de: 'Allemand' },
  device: { pen: 'Stylo de microneedling', roller: 'Rouleau de microneedling', radiofrequency: 'Microneedling par radiofréquence' },
  skinType: 'Type {type}'
} satisfies MessageSchema['vocabulary']
