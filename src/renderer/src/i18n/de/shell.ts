import type { MessageSchema } from '../message-schema'

export default {
  nav: {
    label: 'Hauptmenü',
    register: 'Kartei',
    today: 'Heute',
    newClient: 'Neuer Kunde',
    settings: 'Einstellungen',
    data: 'Daten & Datenschutz'
  },
  titles: {
    register: 'Kartei',
    client: 'Kunde',
    newClient: 'Neuer Kunde',
    editClient: 'Kunde bearbeiten',
    recordTreatment: 'Behandlung erfassen',
    today: 'Heute',
    settings: 'Praxiseinstellungen',
    protocol: 'Nachsorgeprotokoll',
    screeningEditor: 'Vorab-Fragebogen',
    registerLocation: 'Speicherort der Kartei',
    staff: 'Team',
    data: 'Daten & Datenschutz',
    audit: 'Änderungsprotokoll'
  },
  unreachable: {
    title: 'Die Kartei ist nicht erreichbar.',
    text: 'Liegt sie auf dem Server der Praxis, prüfen Sie das Netzwerkkabel oder fragen Sie Ihren IT-Support. Ihre Eingaben bleiben auf dem Bildschirm, und ein angefordertes Speichern erfolgt, sobald die Kartei wieder antwortet.'
  }
} satisfies MessageSchema['shell']
