/** The fixed lists a client or treatment record chooses from. Labels are English; the UI translates keys. */

export const TREATMENT_ZONES = [
  'forehead',
  'periorbital',
  'nose',
  'cheeks',
  'perioral',
  'chin',
  'jawline',
  'neck',
  'decolletage',
  'scalp',
  'scar_sites',
  'stretch_marks',
  'hands'
] as const
export type TreatmentZone = (typeof TREATMENT_ZONES)[number]

export const ZONE_LABELS: Record<TreatmentZone, string> = {
  forehead: 'Forehead',
  periorbital: 'Around the eyes',
  nose: 'Nose',
  cheeks: 'Cheeks',
  perioral: 'Upper lip and around the mouth',
  chin: 'Chin',
  jawline: 'Jawline',
  neck: 'Neck',
  decolletage: 'Décolletage',
  scalp: 'Scalp',
  scar_sites: 'Scar sites',
  stretch_marks: 'Stretch marks (body)',
  hands: 'Hands'
}

export const TREATMENT_CONCERNS = [
  'acne_scars',
  'fine_lines',
  'texture',
  'pigmentation',
  'stretch_marks',
  'other'
] as const
export type TreatmentConcern = (typeof TREATMENT_CONCERNS)[number]

export const CONCERN_LABELS: Record<TreatmentConcern, string> = {
  acne_scars: 'Acne scars',
  fine_lines: 'Fine lines',
  texture: 'Texture',
  pigmentation: 'Pigmentation',
  stretch_marks: 'Stretch marks',
  other: 'Other'
}

/** Devices offered in the pick list (the desk names them in its language); any other name may be typed. */
export const COMMON_DEVICE_KINDS = ['pen', 'roller', 'radiofrequency'] as const
export const COMMON_DEVICE_LABELS: Record<(typeof COMMON_DEVICE_KINDS)[number], string> = {
  pen: 'Microneedling pen',
  roller: 'Derma roller',
  radiofrequency: 'RF microneedling'
}
export const COMMON_DEVICES = Object.values(COMMON_DEVICE_LABELS)

export const SKIN_TYPES = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const
export type SkinType = (typeof SKIN_TYPES)[number]

/** Languages a handout can be printed in. */
export const HANDOUT_LANGUAGES = ['en', 'es', 'fr', 'de'] as const
export type HandoutLanguage = (typeof HANDOUT_LANGUAGES)[number]

export const LANGUAGE_LABELS: Record<HandoutLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German'
}

export const NEEDLE_DEPTH_MM = { min: 0.1, max: 3.0 } as const

/** The zone a typed name stands for ("cheeks", "Around the eyes", "scar-sites"), if any. */
export function findZone(text: string): TreatmentZone | undefined {
  const wanted = normaliseZoneName(text)
  return TREATMENT_ZONES.find(
    (zone) => normaliseZoneName(zone) === wanted || normaliseZoneName(ZONE_LABELS[zone]) === wanted
  )
}

function normaliseZoneName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
}
