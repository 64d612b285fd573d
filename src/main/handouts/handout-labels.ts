import type { HandoutLanguage } from '../../shared/register/vocabulary'

/**
 * The fixed words around a handout's content (the content itself is the clinic's protocol).
 * English now; other languages are added beside it.
 */
export interface HandoutLabels {
  locale: string
  documentTitle: string
  preparedFor: string
  treatment: string
  practitioner: string
  device: string
  zones: string
  band: string
  notRecorded: string
  from: string
  until: string
  to: string
  onwards: string
  callUs: string
  outOfHours: string
  nextSession: string
  between: string
  and: string
  session: string
  of: string
  practitionerSignature: string
  patientAcknowledgement: string
  date: string
  page: string
}

// Languages without their own labels yet print the English ones.
const HANDOUT_LABELS: Partial<Record<HandoutLanguage, HandoutLabels>> & { en: HandoutLabels } = {
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
    to: 'to',
    onwards: 'onwards',
    callUs: 'Call us on',
    outOfHours: 'Out of hours',
    nextSession: 'Book your next session',
    between: 'between',
    and: 'and',
    session: 'Session',
    of: 'of',
    practitionerSignature: 'Practitioner',
    patientAcknowledgement: 'I have read and understood this aftercare advice',
    date: 'Date',
    page: 'Page'
  }
}

export function labelsFor(language: HandoutLanguage): HandoutLabels {
  return HANDOUT_LABELS[language] ?? HANDOUT_LABELS.en
}
