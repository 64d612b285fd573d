import type { MessageSchema } from '../message-schema'

export default {
  title: 'Behandlung erfassen',
  forClient: 'für',
  save: 'Behandlung speichern',
  saved: 'Behandlung erfasst',
  showChoices: 'Frühere Angaben für {field} anzeigen',
  when: {
    title: 'Wann und durch wen',
    date: 'Datum',
    time: 'Uhrzeit',
    timeZone: 'Datum und Uhrzeit nach der Uhr dieses Computers ({zone}).',
    practitioner: 'Behandler/in',
    device: 'Gerät'
  },
  zones: {
    title: 'Zonen und Nadeltiefen',
    zone: 'Zone',
    depth: 'Nadeltiefe',
    unit: 'mm',
    choose: 'Zone wählen',
    zoneOfRow: 'Zone, Zeile {row}',
    depthOfRow: 'Nadeltiefe in Millimetern, Zeile {row}',
    remove: 'Zeile {row} entfernen',
    add: 'Zone hinzufügen'
  },
  deepest: {
    label: 'Tiefste:',
    why: '— sie bestimmt die Nachsorge',
    pending: 'Geben Sie die Nadeltiefen ein: Die tiefste bestimmt die Nachsorge.'
  },
  details: {
    title: 'Details',
    concerns: 'Behandelte Anliegen',
    products: 'Produkte',
    productsPlaceholder: 'Aufgetragene Seren oder Topika',
    session: 'Sitzungsnummer',
    notes: 'Notizen',
    notesPlaceholder: 'Wie die Haut reagiert hat, was nachzuverfolgen ist…'
  }
} satisfies MessageSchema['treatmentForm']
