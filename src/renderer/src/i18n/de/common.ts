import type { MessageSchema } from '../message-schema'

export default {
  appName: 'Aftercare Desk',
  yes: 'Ja',
  no: 'Nein',
  cancel: 'Abbrechen',
  optional: 'optional',
  notesCounter: '{count} / {max} Zeichen',
  millimetres: '{depth} mm',
  translatedText: {
    emptyUsesEnglish: 'Leer gelassen, zeigt der Platz den englischen Text.',
    checkTranslations: 'Englisch geändert? Prüfen Sie, ob Spanisch, Französisch und Deutsch noch dasselbe sagen.'
  },
  errors: {
    checkForm: 'Bitte prüfen Sie das Formular',
    notFound: 'Nicht gefunden',
    busy: 'Das Register ist gerade beschäftigt',
    unavailable: 'Das Register war nicht erreichbar',
    fileUnavailable: 'Die Datei konnte nicht gespeichert werden',
    forbidden: 'Nicht erlaubt',
    signedOut: 'Abgemeldet',
    conflict: 'An einem anderen Platz geändert',
    unexpected: 'Etwas ist schiefgegangen',
    tryAgain: 'Es wurde nichts geändert. Bitte versuchen Sie es erneut; wenn es wieder passiert, wenden Sie sich an Ihren IT-Support.'
  },
  waitingToSave: 'Das Register ist nicht erreichbar, daher ist dies noch nicht gespeichert. Ihre Eingaben bleiben erhalten und werden gespeichert, sobald das Register wieder antwortet.',
  leave: {
    title: 'Ohne Speichern verlassen?',
    message: 'Ihre Eingaben in diesem Formular sind noch nicht gespeichert.',
    stay: 'Weiter bearbeiten',
    leave: 'Ohne Speichern verlassen'
  },
  picker: {
    today: 'Heute',
    clear: 'Leeren',
    chooseDate: 'Datum wählen',
    chooseMonth: 'Monat wählen',
    chooseYear: 'Jahr wählen',
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    previousYear: 'Vorheriges Jahr',
    nextYear: 'Nächstes Jahr',
    previousDecade: 'Vorheriges Jahrzehnt',
    nextDecade: 'Nächstes Jahrzehnt',
    previousHour: 'Frühere Stunde',
    nextHour: 'Spätere Stunde',
    previousMinute: 'Frühere Minute',
    nextMinute: 'Spätere Minute',
    noOptions: 'Noch nichts zur Auswahl',
    noMatches: 'Keine Treffer; Ihre Eingabe wird übernommen',
    noChoiceMatches: 'Nichts in der Liste passt zu Ihrer Eingabe'
  },
  screenReader: {
    close: 'Schließen',
    previous: 'Zurück',
    next: 'Weiter',
    optionList: 'Optionsliste',
    results: '{count} Ergebnisse verfügbar',
    selected: '{count} Einträge ausgewählt',
    noneSelected: 'Nichts ausgewählt'
  }
} satisfies MessageSchema['common']
