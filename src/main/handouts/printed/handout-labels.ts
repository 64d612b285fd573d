import type { HandoutLanguage } from '@shared/register/vocabulary'

/**
 * The fixed words around a handout's content (the content itself is the clinic's protocol),
 * in every handout language. Templates name their parts in braces, like "{day} onwards", so
 * each language can put the words where its grammar wants them.
 */
export interface HandoutLabels {
  /** Formats the dates, times and depths of the handout. */
  locale: string
  documentTitle: string
  preparedFor: string
  treatment: string
  practitioner: string
  device: string
  zones: string
  band: string
  notRecorded: string
  /** Put before a date and time: "From Sunday 1 December, 14:30". */
  from: string
  until: string
  /** A window within one day: {start} is a date and time, {end} a time. */
  timeRange: string
  /** A healing stage over several days, from {first} to {last}. */
  dayRange: string
  /** The last healing stage, which lasts from {day} on. */
  dayOnwards: string
  callUs: string
  outOfHours: string
  nextSession: string
  between: string
  and: string
  session: string
  of: string
  /** Between a label and its value: French puts a no-break space before the colon. */
  colon: string
  practitionerSignature: string
  patientAcknowledgement: string
  date: string
  page: string
}

const HANDOUT_LABELS: Record<HandoutLanguage, HandoutLabels> = {
  en: {
    locale: 'en-GB',
    documentTitle: 'Your microneedling aftercare',
    preparedFor: 'Prepared for',
    treatment: 'Treatment',
    practitioner: 'Practitioner',
    device: 'Device',
    zones: 'Areas and needle depth',
    band: 'Your aftercare level',
    notRecorded: 'Not recorded',
    from: 'From',
    until: 'Until',
    timeRange: '{start} to {end}',
    dayRange: '{first} to\n{last}',
    dayOnwards: '{day} onwards',
    callUs: 'Call us on',
    outOfHours: 'Out of hours',
    nextSession: 'Book your next session',
    between: 'between',
    and: 'and',
    session: 'Session',
    of: 'of',
    colon: ': ',
    practitionerSignature: 'Practitioner',
    patientAcknowledgement: 'I have read and understood this aftercare advice',
    date: 'Date',
    page: 'Page'
  },
  es: {
    locale: 'es-ES',
    documentTitle: 'Tus cuidados después del microneedling',
    preparedFor: 'Para',
    treatment: 'Tratamiento',
    practitioner: 'Especialista',
    device: 'Dispositivo',
    zones: 'Zonas y profundidad de la aguja',
    band: 'Tu nivel de cuidados',
    notRecorded: 'Sin registrar',
    from: 'Desde el',
    until: 'Hasta el',
    timeRange: '{start} a {end}',
    dayRange: '{first}\nal {last}',
    dayOnwards: 'Desde el {day}',
    callUs: 'Llámanos al',
    outOfHours: 'Fuera de horario',
    nextSession: 'Próxima cita',
    between: 'entre el',
    and: 'y el',
    session: 'Sesión',
    of: 'de',
    colon: ': ',
    practitionerSignature: 'Especialista',
    patientAcknowledgement: 'He leído y entendido estas indicaciones de cuidado',
    date: 'Fecha',
    page: 'Página'
  },
  fr: {
    locale: 'fr-FR',
    documentTitle: 'Vos soins après microneedling',
    preparedFor: 'Pour',
    treatment: 'Traitement',
    practitioner: 'Réalisé par',
    device: 'Appareil',
    zones: 'Zones et profondeur d’aiguille',
    band: 'Votre niveau de soins',
    notRecorded: 'Non renseigné',
    from: 'À partir du',
    until: 'Jusqu’au',
    timeRange: '{start} à {end}',
    dayRange: 'Du {first}\nau {last}',
    dayOnwards: 'À partir du {day}',
    callUs: 'Appelez-nous au',
    outOfHours: 'En dehors des horaires',
    nextSession: 'Réservez votre séance',
    between: 'entre le',
    and: 'et le',
    session: 'Séance',
    of: 'sur',
    colon: '\u00a0: ',
    practitionerSignature: 'Signature du praticien',
    patientAcknowledgement: 'J’ai lu et compris ces conseils de soins',
    date: 'Date',
    page: 'Page'
  },
  de: {
    locale: 'de-DE',
    documentTitle: 'Ihre Pflege nach dem Microneedling',
    preparedFor: 'Für',
    treatment: 'Behandlung',
    practitioner: 'Behandelt von',
    device: 'Gerät',
    zones: 'Bereiche und Nadeltiefe',
    band: 'Ihre Pflegestufe',
    notRecorded: 'Nicht erfasst',
    from: 'Ab',
    until: 'Bis',
    timeRange: '{start} bis {end}',
    dayRange: '{first} bis\n{last}',
    dayOnwards: 'Ab {day}',
    callUs: 'Rufen Sie uns an:',
    outOfHours: 'Außerhalb der Sprechzeiten',
    nextSession: 'Nächster Termin',
    between: 'zwischen',
    and: 'und',
    session: 'Behandlung',
    of: 'von',
    colon: ': ',
    practitionerSignature: 'Behandler/in',
    patientAcknowledgement: 'Ich habe diese Pflegehinweise gelesen und verstanden',
    date: 'Datum',
    page: 'Seite'
  }
}

export function labelsFor(language: HandoutLanguage): HandoutLabels {
  return HANDOUT_LABELS[language]
}

/** A template with its parts filled in: fillIn('{day} onwards', { day: 'Monday 30 November' }). */
export function fillIn(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => parts[name] ?? placeholder)
}
