import type { AuditLogWords } from './en'

/** What the audit log says, in German (the same keys as English: en.ts). */
export const AUDIT_LOG_WORDS_DE = {
  audit: {
    // The filter's names for each kind of action.
    action: {
      create: 'Angelegt oder erfasst',
      update: 'Geändert',
      archive: 'Archiviert',
      unarchive: 'Wiederhergestellt',
      erase: 'Gelöscht',
      print: 'Merkblatt gedruckt oder gespeichert',
      export: 'Exportiert',
      import: 'Importiert',
      backup: 'Gesichert',
      restore: 'Aus Sicherung wiederhergestellt',
      move: 'Verschoben',
      'sign-in': 'Angemeldet',
      lock: 'Platz gesperrt',
      'pin-wait': 'Wartezeit nach falschen PINs'
    },
    // Each entry in plain words.
    what: {
      clientCreated: 'Kunde angelegt',
      clientUpdated: 'Kundenangaben geändert',
      clientArchived: 'Kunde archiviert',
      clientUnarchived: 'Kunde wiederhergestellt',
      clientErased: 'Kunde gelöscht ({treatments}, {handouts})',
      clientErasedEarly: 'Kunde vor Ablauf der Aufbewahrungsfrist am {date} gelöscht ({treatments}, {handouts}). Grund: {reason}',
      clientExported: 'Kundendaten exportiert (Auskunftsersuchen)',
      treatmentCreated: 'Behandlung erfasst',
      treatmentUpdated: 'Behandlung geändert',
      treatmentUnscreened: 'Behandlung ohne Abfrage erfasst (nachträglich erfasst oder Abfrage ausgeschaltet)',
      treatmentReviewed: 'Behandlung nach Prüfung durch {name} erfasst',
      treatmentOverridden: 'Behandlung erfasst, von der die Abfrage abriet, freigegeben von {name}',
      screeningRecorded: 'Besuch abgefragt: {outcome}',
      screeningOutcome: {
        clear: 'Behandlung möglich',
        review: 'Prüfung nötig',
        defer: 'vor der Behandlung abwarten',
        stop: 'nicht behandeln'
      },
      questionnaireChanged: 'Vorab-Fragebogen geändert (Version {version})',
      questionnaireDefaults: 'Standard-Fragebogen wiederhergestellt (Version {version})',
      consentFormChanged: 'Einwilligungsformular geändert (Version {version})',
      consentFormDefaults: 'Mitgeliefertes Einwilligungsformular wiederhergestellt (Version {version})',
      consentSigned: 'Einwilligung am Bildschirm unterschrieben (Formularversion {version}); Abfrage: {outcome}; Fotos: {photos}',
      consentReprinted: 'Unterschriebene Einwilligung erneut gedruckt, identisch mit der unterschriebenen (Formularversion {version})',
      photoConsent: {
        record: 'nur für die Dokumentation',
        marketing: 'für Dokumentation und Werbung',
        no: 'keine'
      },
      screeningOff: 'Abfrage vor Behandlungen ausgeschaltet',
      screeningOn: 'Abfrage vor Behandlungen eingeschaltet',
      handout: {
        handout: 'Merkblatt gedruckt',
        calendar: '14-Tage-Kalender gedruckt',
        ics: 'Kalenderdatei gespeichert (.ics)'
      },
      reprint: '{what} (Nachdruck)',
      prepSheet: 'Blatt „Vor Ihrem Termin“ gedruckt',
      prepCalendar: 'Kalenderdatei „Vor Ihrem Termin“ gespeichert (.ics)',
      recallCalled: 'Wegen der nächsten Sitzung angerufen',
      recallCalledWith: 'Wegen der nächsten Sitzung angerufen: {outcome}',
      recallCsv: 'Liste der Wiedervorstellungen als CSV exportiert ({rows})',
      retentionChanged: 'Aufbewahrungsfrist festgelegt: {years} Jahre nach der letzten Behandlung ({country})',
      retentionElsewhere: 'Regeln für andere Länder',
      countryChanged: 'Land der Praxis auf {country} gesetzt',
      protocolChanged: 'Nachsorgeprotokoll geändert (Version {version})',
      protocolDefaults: 'Standard-Nachsorgeprotokoll wiederhergestellt (Version {version})',
      clinicChanged: 'Praxiseinstellungen geändert',
      logoChanged: 'Praxislogo geändert',
      logoRemoved: 'Praxislogo entfernt',
      clientsCsv: 'Kunden als CSV exportiert ({rows})',
      treatmentsCsv: 'Behandlungen als CSV exportiert ({rows})',
      clientsXlsx: 'Kunden als Excel-Arbeitsmappe exportiert ({rows})',
      treatmentsXlsx: 'Behandlungen als Excel-Arbeitsmappe exportiert ({rows})',
      imported: 'Kunden aus CSV importiert ({imported}, {duplicates}, {errors})',
      backup: 'Kartei gesichert',
      restore: 'Kartei aus einer Sicherung wiederhergestellt',
      movedToServer: 'Kartei auf den Server der Praxis verschoben',
      movedToThisComputer: 'Kartei auf einen Computer am Empfang verschoben',
      signedIn: 'Angemeldet',
      locked: 'Platz gesperrt',
      switched: 'Platz zum Personenwechsel gesperrt',
      lockedIdle: 'Platz verlassen: Er hat sich selbst gesperrt',
      pinWait: 'Zu viele falsche PINs: {seconds} Sekunden Wartezeit',
      staffAdded: 'Person zum Team hinzugefügt ({role})',
      staffChanged: 'Person im Team geändert',
      staffInactive: 'Person inaktiv gesetzt (kann sich nicht mehr anmelden)',
      staffPin: 'Neue PIN festgelegt',
      noSignIn: 'Anmeldung ausgeschaltet: Hier arbeitet eine Person',
      signInOn: 'Das Team meldet sich mit PIN an; der Platz sperrt sich nach {minutes} Minute | Das Team meldet sich mit PIN an; der Platz sperrt sich nach {minutes} Minuten',
      other: '{action}: {subject}'
    },
    counts: {
      treatments: 'keine Behandlungen | 1 Behandlung | {count} Behandlungen',
      handouts: 'keine Merkblätter | 1 Merkblatt | {count} Merkblätter',
      rows: 'keine Zeilen | 1 Zeile | {count} Zeilen',
      imported: 'keine hinzugefügt | 1 hinzugefügt | {count} hinzugefügt',
      duplicates: 'keine Duplikate | 1 Duplikat übersprungen | {count} Duplikate übersprungen',
      errors: 'keine Fehler | 1 Zeile mit Fehlern | {count} Zeilen mit Fehlern'
    },
    subjectType: {
      client: 'Kunde',
      treatment: 'Behandlung',
      handout: 'Merkblatt',
      clinic: 'Praxiseinstellungen',
      protocol: 'Nachsorgeprotokoll',
      register: 'Kartei',
      staff: 'Team',
      desk: 'Anmeldung',
      questionnaire: 'Vorab-Fragebogen',
      screening: 'Abfrage',
      consentForm: 'Einwilligungsformular',
      consent: 'unterschriebene Einwilligung',
      'prep-sheet': 'Vorbereitungsblatt',
      recall: 'Wiedervorstellung'
    }
  },
  staff: {
    roles: {
      reception: 'Empfang',
      practitioner: 'Behandler/in',
      owner: 'Inhaber/in'
    }
  },
  recalls: {
    outcome: { none: 'Nur angerufen', left_message: 'Nachricht hinterlassen', booked: 'Termin gebucht', declined: 'Abgelehnt' }
  }
} satisfies AuditLogWords
