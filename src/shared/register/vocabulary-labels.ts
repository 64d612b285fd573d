import { CONCERN_LABELS, LANGUAGE_LABELS, type HandoutLanguage, type TreatmentConcern } from './vocabulary'

/**
 * The concerns a treatment addresses and the handout languages, named in each of the desk's
 * languages. English is the register's own wording. The desk's page shows these (its vocabulary
 * messages), and main writes a client's data document in the client's language with them.
 */
export const CONCERN_LABELS_IN: Record<HandoutLanguage, Record<TreatmentConcern, string>> = {
  en: CONCERN_LABELS,
  es: {
    acne_scars: 'Cicatrices de acné',
    fine_lines: 'Líneas finas',
    texture: 'Textura',
    pigmentation: 'Pigmentación',
    stretch_marks: 'Estrías',
    other: 'Otro'
  },
  fr: {
    acne_scars: 'Cicatrices d’acné',
    fine_lines: 'Ridules',
    texture: 'Grain de peau',
    pigmentation: 'Pigmentation',
    stretch_marks: 'Vergetures',
    other: 'Autre'
  },
  de: {
    acne_scars: 'Aknenarben',
    fine_lines: 'Feine Linien',
    texture: 'Hautbild',
    pigmentation: 'Pigmentierung',
    stretch_marks: 'Dehnungsstreifen',
    other: 'Sonstiges'
  }
}

export const LANGUAGE_LABELS_IN: Record<HandoutLanguage, Record<HandoutLanguage, string>> = {
  en: LANGUAGE_LABELS,
  es: { en: 'Inglés', es: 'Español', fr: 'Francés', de: 'Alemán' },
  fr: { en: 'Anglais', es: 'Espagnol', fr: 'Français', de: 'Allemand' },
  de: { en: 'Englisch', es: 'Spanisch', fr: 'Französisch', de: 'Deutsch' }
}
