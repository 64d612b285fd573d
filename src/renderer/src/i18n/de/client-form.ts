import type { MessageSchema } from '../message-schema'

export default {
  newTitle: 'Neuer Kunde',
  editTitle: 'Kunde bearbeiten',
  subtitle: 'Jetzt ist nur der Name nötig; alles andere kann später ergänzt werden.',
  givenName: 'Vorname',
  familyName: 'Nachname',
  phone: 'Telefon',
  email: 'E-Mail',
  language: 'Sprache des Merkblatts',
  languageHint: 'Nachsorge-Merkblätter für diesen Kunden werden in dieser Sprache gedruckt.',
  skinType: 'Hauttyp (Fitzpatrick)',
  skinTypeUnknown: 'Nicht bestimmt',
  notes: 'Notizen',
  notesPlaceholder: 'Allergien, Kontraindikationen, Medikamente, Vorlieben…',
  addClient: 'Kunden anlegen',
  saveChanges: 'Änderungen speichern',
  added: '{name} wurde in die Kartei aufgenommen',
  savedChanges: 'Änderungen an {name} wurden gespeichert',
  conflict: {
    title: 'Während Ihrer Bearbeitung an einem anderen Platz gespeichert',
    field: 'Angabe',
    theirs: 'Am anderen Platz gespeichert',
    mine: 'Ihre, noch nicht gespeichert',
    same: 'Die dort gespeicherten Angaben stimmen mit Ihren überein.',
    keepMine: 'Stattdessen meine speichern',
    takeTheirs: 'Die anderen übernehmen'
  },
  dateOfBirth: {
    label: 'Geburtsdatum',
    hint: 'Als {pattern} oder JJJJ-MM-TT eingeben.',
    understoodAs: 'Verstanden als {date} ({age} Jahre)',
    unreadable: 'Geben Sie das Geburtsdatum als {pattern} oder JJJJ-MM-TT ein, mit vollständiger Jahreszahl.',
    pattern: {
      'day-first': 'TT.MM.JJJJ',
      'month-first': 'MM/TT/JJJJ',
      'year-first': 'JJJJ-MM-TT'
    }
  }
} satisfies MessageSchema['clientForm']
