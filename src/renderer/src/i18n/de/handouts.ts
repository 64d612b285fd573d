import type { MessageSchema } from '../message-schema'

export default {
  actions: {
    label: 'Merkblatt',
    language: 'Sprache des Merkblatts',
    preview: 'Vorschau',
    print: 'Merkblatt drucken',
    save: 'Speichern',
    savePdf: 'PDF speichern…',
    saveCalendar: '14-Tage-Kalender als PDF speichern…',
    saveIcs: 'Kalender speichern (.ics)…'
  },
  kind: {
    handout: 'Merkblatt',
    calendar: '14-Tage-Kalender',
    ics: 'Kalenderdatei (.ics)'
  },
  givenBy: 'Ausgegeben von',
  saved: 'Gespeichert',
  frontDesk: 'Empfang',
  failed: {
    preview: 'Das Merkblatt konnte nicht angezeigt werden',
    print: 'Das Merkblatt konnte nicht gedruckt werden',
    save: 'Die Datei konnte nicht gespeichert werden'
  },
  log: {
    title: 'Ausgegebene Merkblätter',
    empty: 'Noch nichts ausgegeben. Merkblätter, die Sie drucken, ansehen oder speichern, erscheinen hier.',
    given: '{when} von {by}',
    reprint: {
      identical: 'Nachdruck, identisch mit dem Original',
      'current layout': 'Nachdruck, gleiche Texte und Termine im aktuellen Layout'
    },
    reprintAction: 'Nachdrucken',
    reprintLabel: '{what} vom {when} nachdrucken'
  },
  printAll: {
    action: 'Alle Merkblätter drucken',
    progressLabel: 'Merkblätter werden erstellt',
    progress: '{done} von {total}',
    fileName: 'Merkblätter'
  }
} satisfies MessageSchema['handouts']
