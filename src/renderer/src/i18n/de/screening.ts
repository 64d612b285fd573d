import type { MessageSchema } from '../message-schema'

export default {
  panel: {
    title: 'Abfrage vor der Nadel',
    intro: 'Stellen Sie die Fragen des Fragebogens für den heutigen Besuch, bevor Sie die Behandlung erfassen.',
    start: 'Besuch abfragen',
    again: 'Erneut abfragen',
    backEntered: 'Nachträglich erfasst: Es wird keine Abfrage verlangt, und die Behandlung wird als nachgetragen angezeigt.',
    notRequired: 'Die Praxis hat die Abfrage ausgeschaltet: Die Behandlung wird ohne erfasst.',
    needsZones: 'Wählen Sie zuerst die Zonen: Die Abfrage gleicht sie mit früheren Behandlungen ab.',
    answeredBy: 'Abgefragt von {name} um {time}, Fragebogen Version {version}',
    notBefore: 'Nicht vor dem {date}',
    moveVisit: 'Bieten Sie dem Kunden einen Termin ab dem {date} an, und verlassen Sie die Ansicht ohne Erfassen.',
    leave: 'Ohne Erfassen verlassen',
    review: {
      title: 'Eine Behandlerin oder ein Behandler prüft diesen Besuch',
      by: 'Geprüft von',
      reason: 'Warum die Behandlung stattfinden kann'
    },
    override: {
      title: 'Trotzdem behandeln',
      explain: 'Nur die Praxisinhaberin bzw. der Praxisinhaber oder eine Ärztin bzw. ein Arzt kann diesen Besuch freigeben, mit Namen und schriftlicher Begründung.',
      notYours: 'Nur die Praxisinhaberin bzw. der Praxisinhaber oder eine Ärztin bzw. ein Arzt kann diesen Besuch freigeben. Bieten Sie dem Kunden einen anderen Termin an.',
      by: 'Entschieden von',
      signedIn: 'Entschieden von {name}, an diesem Platz angemeldet',
      reason: 'Warum die Behandlung stattfinden kann (zum Beispiel das ärztliche Schreiben)',
      choose: 'Ich gebe diesen Besuch frei'
    }
  },
  outcome: {
    clear: 'Behandlung möglich',
    review: 'Prüfung durch Behandler/in nötig',
    defer: 'Vor der Behandlung abwarten',
    stop: 'Heute nicht behandeln'
  },
  fromRegister: 'Aus der Kartei',
  dialog: {
    title: 'Abfrage für {name}',
    askAloud: 'Stellen Sie die mit „Laut fragen“ markierten Fragen mündlich: Kunden kreuzen oft durchgehend „nein“ an.',
    askAloudTag: 'Laut fragen',
    radiofrequency: '{device} arbeitet mit Radiofrequenz: Die zugehörigen Fragen sind enthalten.',
    yes: 'Ja',
    no: 'Nein',
    never: 'Nie, oder vor über einem Jahr',
    lastTime: 'Zuletzt',
    unanswered: 'Beantworten Sie alle Fragen: noch {count}. | Beantworten Sie alle Fragen: noch 1. | Beantworten Sie alle Fragen: noch {count}.',
    check: 'Antworten prüfen',
    cancel: 'Abbrechen'
  },
  treatment: {
    label: 'Abfrage',
    backEntered: 'Keine: nachträglich erfasst oder bei ausgeschalteter Abfrage erfasst',
    decided: '{outcome}: freigegeben von {name} ({reason})'
  }
} satisfies MessageSchema['screening']
