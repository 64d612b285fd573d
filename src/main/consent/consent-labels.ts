import type { HandoutLanguage } from '@shared/register/vocabulary'
import type { ScreeningOutcome } from '@shared/screening/questionnaire'

/** The fixed words a signed consent prints around the clinic's form, in each handout language. */
export interface ConsentLabels {
  locale: string
  /** "{title}, version {version}". */
  formVersion: string
  client: string
  dateOfBirth: string
  phone: string
  email: string
  plan: string
  visit: string
  device: string
  deviceType: string
  radiofrequency: string
  plainNeedling: string
  zones: string
  notRecorded: string
  screening: string
  outcome: string
  outcomes: Record<ScreeningOutcome, string>
  patientSignature: string
  practitionerSignature: string
  signedAt: string
  page: string
}

const CONSENT_LABELS: Record<HandoutLanguage, ConsentLabels> = {
  en: {
    locale: 'en-GB',
    formVersion: '{title}, version {version}',
    client: 'Client',
    dateOfBirth: 'Date of birth',
    phone: 'Phone',
    email: 'Email',
    plan: 'Treatment plan',
    visit: 'Visit',
    device: 'Device',
    deviceType: 'Type of treatment',
    radiofrequency: 'Microneedling with radiofrequency',
    plainNeedling: 'Microneedling',
    zones: 'Areas and needle depth',
    notRecorded: 'Not recorded',
    screening: 'Health screening for this visit',
    outcome: 'Outcome',
    outcomes: {
      clear: 'Nothing found that stands in the way of treatment',
      review: 'Reviewed by the practitioner before treatment',
      defer: 'Advised to wait before treatment',
      stop: 'Advised not to treat at this visit'
    },
    patientSignature: 'Client’s signature',
    practitionerSignature: 'Practitioner’s signature',
    signedAt: 'Signed on',
    page: 'Page'
  },
  es: {
    locale: 'es-ES',
    formVersion: '{title}, versión {version}',
    client: 'Cliente',
    dateOfBirth: 'Fecha de nacimiento',
    phone: 'Teléfono',
    email: 'Correo electrónico',
    plan: 'Plan de tratamiento',
    visit: 'Visita',
    device: 'Equipo',
    deviceType: 'Tipo de tratamiento',
    radiofrequency: 'Microagujas con radiofrecuencia',
    plainNeedling: 'Microagujas',
    zones: 'Zonas y profundidad de las agujas',
    notRecorded: 'No indicado',
    screening: 'Valoración de salud para esta visita',
    outcome: 'Resultado',
    outcomes: {
      clear: 'No se ha detectado nada que impida el tratamiento',
      review: 'Revisado por el o la profesional antes del tratamiento',
      defer: 'Se aconseja esperar antes del tratamiento',
      stop: 'Se aconseja no realizar el tratamiento en esta visita'
    },
    patientSignature: 'Firma del o de la cliente',
    practitionerSignature: 'Firma del o de la profesional',
    signedAt: 'Firmado el',
    page: 'Página'
  },
  fr: {
    locale: 'fr-FR',
    formVersion: '{title}, version {version}',
    client: 'Client(e)',
    dateOfBirth: 'Date de naissance',
    phone: 'Téléphone',
    email: 'Courriel',
    plan: 'Plan de traitement',
    visit: 'Séance',
    device: 'Appareil',
    deviceType: 'Type de traitement',
    radiofrequency: 'Microneedling par radiofréquence',
    plainNeedling: 'Microneedling',
    zones: 'Zones et profondeur des aiguilles',
    notRecorded: 'Non indiqué',
    screening: 'Questionnaire de santé pour cette séance',
    outcome: 'Résultat',
    outcomes: {
      clear: 'Aucun élément ne s’oppose au traitement',
      review: 'Examiné par le praticien avant le traitement',
      defer: 'Il est conseillé d’attendre avant le traitement',
      stop: 'Il est conseillé de ne pas traiter lors de cette séance'
    },
    patientSignature: 'Signature du client ou de la cliente',
    practitionerSignature: 'Signature du praticien',
    signedAt: 'Signé le',
    page: 'Page'
  },
  de: {
    locale: 'de-DE',
    formVersion: '{title}, Version {version}',
    client: 'Klient/in',
    dateOfBirth: 'Geburtsdatum',
    phone: 'Telefon',
    email: 'E-Mail',
    plan: 'Behandlungsplan',
    visit: 'Termin',
    device: 'Gerät',
    deviceType: 'Art der Behandlung',
    radiofrequency: 'Microneedling mit Radiofrequenz',
    plainNeedling: 'Microneedling',
    zones: 'Bereiche und Nadeltiefe',
    notRecorded: 'Nicht angegeben',
    screening: 'Gesundheitsabfrage für diesen Termin',
    outcome: 'Ergebnis',
    outcomes: {
      clear: 'Nichts spricht gegen die Behandlung',
      review: 'Vor der Behandlung von der Behandlerin oder dem Behandler geprüft',
      defer: 'Empfehlung, vor der Behandlung abzuwarten',
      stop: 'Empfehlung, bei diesem Termin nicht zu behandeln'
    },
    patientSignature: 'Unterschrift Klient/in',
    practitionerSignature: 'Unterschrift Behandler/in',
    signedAt: 'Unterschrieben am',
    page: 'Seite'
  }
}

export function consentLabelsFor(language: HandoutLanguage): ConsentLabels {
  return CONSENT_LABELS[language]
}
