import type { MessageSchema } from '../message-schema'

export default {
  title: 'Kartei',
  showArchived: 'Archivierte Kunden anzeigen',
  listLabel: 'Kunden',
  search: {
    label: 'Kunden suchen',
    placeholder: 'Nach Name, Telefon, E-Mail oder Geburtsdatum suchen'
  },
  summary: {
    browsing: 'Keine Kunden vorhanden | 1 Kunde, zuletzt aktive zuerst | {count} Kunden, zuletzt aktive zuerst',
    searching: 'Suche läuft…',
    matches: 'Kein Kunde passt zu „{query}“ | 1 Kunde passt zu „{query}“ | {count} Kunden passen zu „{query}“',
    truncated: 'Die {limit} besten Treffer werden angezeigt: Geben Sie mehr ein, um die Suche einzugrenzen'
  },
  columns: {
    name: 'Name',
    dateOfBirth: 'Geburtsdatum',
    phone: 'Telefon',
    lastActivity: 'Zuletzt aktiv'
  },
  row: {
    dateOfBirth: '{date} ({age})',
    archived: 'Archiviert'
  },
  noMatches: {
    title: 'Kein Kunde passt zu „{query}“',
    text: 'Prüfen Sie die Schreibweise oder versuchen Sie es mit Telefonnummer oder Geburtsdatum. Akzente spielen keine Rolle: „zoe“ findet „Zoë“.',
    addClient: 'Neuen Kunden anlegen'
  },
  welcome: {
    title: 'Willkommen bei Aftercare Desk',
    text: 'Die Kartei ist leer. Legen Sie Ihren ersten Kunden an, um Behandlungen zu erfassen und Nachsorgehinweise zu drucken.',
    addFirstClient: 'Ersten Kunden anlegen',
    privacy: 'Alles bleibt auf diesem Computer.'
  }
} satisfies MessageSchema['register']
