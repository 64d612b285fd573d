import { ZONE_LABELS, type HandoutLanguage, type TreatmentZone } from '../register/vocabulary'

/**
 * The treated areas as a handout names them, in the handout's language. English is the
 * register's own wording, so an English handout reads exactly as the desk does.
 */
export const HANDOUT_ZONE_LABELS: Record<HandoutLanguage, Record<TreatmentZone, string>> = {
  en: ZONE_LABELS,
  es: {
    forehead: 'Frente',
    periorbital: 'Contorno de ojos',
    nose: 'Nariz',
    cheeks: 'Mejillas',
    perioral: 'Labio superior y contorno de la boca',
    chin: 'Mentón',
    jawline: 'Línea mandibular',
    neck: 'Cuello',
    decolletage: 'Escote',
    scalp: 'Cuero cabelludo',
    scar_sites: 'Zonas con cicatrices',
    stretch_marks: 'Estrías (cuerpo)',
    hands: 'Manos'
  },
  fr: {
    forehead: 'Front',
    periorbital: 'Contour des yeux',
    nose: 'Nez',
    cheeks: 'Joues',
    perioral: 'Lèvre supérieure et contour de la bouche',
    chin: 'Menton',
    jawline: 'Ligne de la mâchoire',
    neck: 'Cou',
    decolletage: 'Décolleté',
    scalp: 'Cuir chevelu',
    scar_sites: 'Cicatrices',
    stretch_marks: 'Vergetures (corps)',
    hands: 'Mains'
  },
  de: {
    forehead: 'Stirn',
    periorbital: 'Augenpartie',
    nose: 'Nase',
    cheeks: 'Wangen',
    perioral: 'Oberlippe und Mundpartie',
    chin: 'Kinn',
    jawline: 'Kieferlinie',
    neck: 'Hals',
    decolletage: 'Dekolleté',
    scalp: 'Kopfhaut',
    scar_sites: 'Narbenbereiche',
    stretch_marks: 'Dehnungsstreifen (Körper)',
    hands: 'Hände'
  }
}

export function zoneLabel(zone: TreatmentZone, language: HandoutLanguage): string {
  return HANDOUT_ZONE_LABELS[language][zone]
}
