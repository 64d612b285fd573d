import type { MessageSchema } from '../message-schema'

/** The Data & privacy screen: backups, restore, CSV export and import. */
export default {
  title: 'Daten & Datenschutz',
  subtitle: 'Eine sichere Kopie der Kartei aufbewahren, Kundenlisten herausgeben und Kunden aus einem anderen System übernehmen.',
  backups: {
    title: 'Sicherungen',
    offComputer:
      'Die App kopiert die Kartei jeden Tag auf diesem Computer, doch eine Kopie hier geht mit dem Computer verloren, wenn er defekt ist, gestohlen oder beschädigt wird. Sichern Sie einmal pro Woche auf einen USB-Stick oder eine Festplatte, die Sie an einem anderen Ort aufbewahren.',
    backUpNow: 'Jetzt sichern',
    backUpNowHint: 'Sie wählen einen Ordner, etwa einen USB-Stick; die Sicherung wird dort gespeichert.',
    backedUp: 'Sicherung gespeichert unter {path}',
    backUpFailed: 'Die Sicherung wurde nicht erstellt',
    restore: 'Aus Sicherung wiederherstellen…',
    restoreHint: 'Nur wenn die Kartei auf diesem Computer verloren oder beschädigt ist.',
    restoreHintServer: 'Nur wenn die Kartei auf dem Server der Praxis verloren oder beschädigt ist. Alle Plätze arbeiten danach mit den Daten der Sicherung.',
    restoreFailed: 'Die Sicherung wurde nicht wiederhergestellt',
    confirmRestore: {
      header: 'Kartei aus einer Sicherung wiederherstellen?',
      message:
        'Sie wählen eine Sicherungsdatei. Die gesamte Kartei auf diesem Computer wird durch den Inhalt dieser Sicherung ersetzt: Was seitdem hinzukam, erscheint nicht mehr. Vorher wird eine Kopie der aktuellen Kartei bei den automatischen Sicherungen abgelegt. Danach schließt sich die App und öffnet sich erneut.',
      messageServer:
        'Sie wählen eine Sicherungsdatei. Die gesamte Kartei auf dem Server der Praxis wird an allen Plätzen durch den Inhalt dieser Sicherung ersetzt: Was seitdem an irgendeinem Platz hinzukam, erscheint nicht mehr. Vorher wird eine Kopie der aktuellen Serverkartei bei den Sicherungen dieses Computers abgelegt.',
      confirm: 'Sicherung wählen…'
    }
  },
  automatic: {
    title: 'Automatische Sicherungen auf diesem Computer',
    last: 'Letzte automatische Sicherung: {day} um {time}.',
    none: 'Es wurde noch keine automatische Sicherung erstellt. Die erste entsteht beim nächsten Start der App.',
    kept: 'Die App behält je eine Sicherung für jeden der letzten 14 Tage und für jeden der letzten 12 Monate; ältere werden entfernt.',
    folder: 'Sie liegen in diesem Ordner:',
    listTitle: 'Die neuesten Sicherungen',
    taken: 'Erstellt',
    reason: 'Anlass',
    size: 'Größe',
    more: 'und {count} ältere | und 1 ältere | und {count} ältere',
    reasons: {
      daily: 'Tägliche Sicherung',
      'before-migration': 'Vor einem App-Update',
      'before-restore': 'Vor einer Wiederherstellung',
      manual: 'Von Hand erstellt'
    }
  },
  export: {
    title: 'In eine Tabelle exportieren',
    intro:
      'Speichern Sie die Kartei als Excel-Arbeitsmappe (.xlsx) oder als CSV-Datei; das wählen Sie beim Speichern. Excel, Numbers und LibreOffice öffnen beides.',
    csvRegion:
      'Eine CSV-Datei richtet sich nach dem Land der Praxis: Semikolons und Dezimalkomma (1,5 mm), wo man 1,5 schreibt, etwa in Deutschland, Frankreich oder Spanien; Kommas und Dezimalpunkt (1.5 mm), wo man 1.5 schreibt, etwa im Vereinigten Königreich oder in den USA.',
    clients: 'Kunden exportieren…',
    treatments: 'Behandlungen exportieren…',
    savedClients: '{count} Kunden unter {path} gespeichert | 1 Kunde unter {path} gespeichert | {count} Kunden unter {path} gespeichert',
    savedTreatments: '{count} Behandlungen unter {path} gespeichert | 1 Behandlung unter {path} gespeichert | {count} Behandlungen unter {path} gespeichert',
    failed: 'Die Datei wurde nicht gespeichert',
    progress: '{kind} werden geschrieben: {rows} von {total} Zeilen',
    progressKind: { clients: 'Kunden', treatments: 'Behandlungen' },
    personalData:
      'Diese Dateien enthalten persönliche und Gesundheitsdaten der Kunden. Bewahren Sie sie auf diesem Computer oder einem verschlüsselten Laufwerk auf, versenden Sie sie nie per gewöhnlicher E-Mail und löschen Sie sie, sobald Sie sie nicht mehr brauchen.'
  },
  import: {
    title: 'Kunden aus einer Tabelle importieren',
    intro:
      'Übernehmen Sie Kunden aus einem anderen System oder Ihrer eigenen Liste: eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei, wie Excel oder ein anderes Programm sie speichert. Sie prüfen zuerst, was geschehen wird: Nichts wird hinzugefügt, bevor Sie auf Importieren klicken.',
    choose: 'Datei wählen…',
    file: 'Datei: {name}',
    rows: '{count} Zeilen | 1 Zeile | {count} Zeilen',
    readingTitle: 'Wie Ihre Datei gelesen wurde',
    encoding: 'Zeichensatz',
    encodings: {
      utf8: 'UTF-8',
      utf16: 'UTF-16 (Unicode-Text)',
      windows1252: 'Windows-1252 (Westeuropäisch)'
    },
    encodingReasons: {
      chosen: 'Wie von Ihnen gewählt. Sehen Umlaute in den Beispielen unten falsch aus (Müller als MÃ¼ller oder M�ller), wählen Sie einen anderen.',
      byteOrderMark: 'Die Datei gibt es an ihrem Anfang an.',
      utf8: 'Jedes Zeichen der Datei lässt sich als UTF-8 lesen.',
      utf16: 'Die Datei ist als UTF-16 aufgebaut.',
      detected: 'Die Datei ist kein UTF-8 und wird als westeuropäischer Text gelesen. Sehen Umlaute in den Beispielen unten falsch aus, wählen Sie einen anderen.',
      unsure:
        'Unsicher: Die Datei sieht nach {detected}-Text aus, der hier nicht gelesen werden kann. Prüfen Sie die Namen in den Beispielen unten; sehen sie falsch aus, speichern Sie die Liste in Excel als "CSV UTF-8" und importieren Sie diese Datei.'
    },
    delimiter: 'Spalten getrennt durch',
    delimiters: { comma: 'Kommas', semicolon: 'Semikolons', tab: 'Tabulatoren' },
    sheet: 'Tabellenblatt',
    headerRow: 'Spaltennamen',
    headerRowAt: 'in Zeile {line}; die Zeilen darüber werden ausgelassen',
    mappingTitle: 'Welche Spalte was enthält',
    mappingIntro: 'Wir haben die erkannten Spalten zugeordnet. Prüfen Sie jede Zeile und wählen Sie für fehlende eine Spalte.',
    field: 'Kundenangabe',
    column: 'Spalte in Ihrer Datei',
    examples: 'Beispiele aus Ihrer Datei',
    notImported: 'Nicht importiert',
    needed: 'erforderlich',
    noExamples: 'in den ersten Zeilen leer',
    dateOrder: 'Datumsangaben in Ihrer Datei stehen',
    dateOrders: {
      DMY: 'Tag zuerst (31/12/1990)',
      MDY: 'Monat zuerst (12/31/1990)'
    },
    dateOrderReasons: {
      chosen: 'Wie von Ihnen gewählt.',
      file: '{example} in Ihrer Datei kann nur so gelesen werden.',
      dots: 'Datumsangaben mit Punkten, wie {example}, beginnen mit dem Tag.',
      clinicCountry: 'Nichts in Ihrer Datei entscheidet es: gelesen, wie man Datumsangaben in {country} schreibt, dem Land der Praxis. Prüfen Sie das Beispiel.',
      noAmbiguousDates: 'Kein Datum in Ihrer Datei hängt davon ab.'
    },
    dateExample: '{written} wird als {read} gelesen.',
    dateUnread: '{written} kann nicht als Datum gelesen werden.',
    checking: 'Datei wird geprüft…',
    chooseNames: 'Wählen Sie oben die Spalten mit Vorname und Nachname: Jeder Kunde braucht beides.',
    chooseNamesOrSheet:
      'Wählen Sie oben die Spalten mit Vorname und Nachname: Jeder Kunde braucht beides. Steht die Kundenliste auf einem anderen Tabellenblatt der Arbeitsmappe, wählen Sie zuerst dieses Blatt.',
    summaryTitle: 'Was geschehen wird',
    // What the preview says will happen, and what the import says did.
    report: {
      preview: {
        add: 'Es wird kein Kunde hinzugefügt | 1 Kunde wird hinzugefügt | {count} Kunden werden hinzugefügt',
        known: '{count} sind bereits in der Kartei | 1 ist bereits in der Kartei | {count} sind bereits in der Kartei',
        repeated: '{count} wiederholen eine frühere Zeile der Datei | 1 wiederholt eine frühere Zeile der Datei | {count} wiederholen eine frühere Zeile der Datei',
        problem: '{count} Zeilen haben ein Problem | 1 Zeile hat ein Problem | {count} Zeilen haben ein Problem',
        unreadPhones:
          '{count} Telefonnummern können nicht gelesen werden | 1 Telefonnummer kann nicht gelesen werden: Sie wird wie geschrieben übernommen und ist zu prüfen | {count} Telefonnummern können nicht gelesen werden: Sie werden wie geschrieben übernommen und sind zu prüfen',
        skipped: 'Zeilen, die übersprungen werden',
        phonesTitle: 'Zu prüfende Telefonnummern'
      },
      done: {
        add: 'Es wurde kein Kunde hinzugefügt. | 1 Kunde wurde in die Kartei aufgenommen. | {count} Kunden wurden in die Kartei aufgenommen.',
        known: '{count} waren bereits in der Kartei | 1 war bereits in der Kartei | {count} waren bereits in der Kartei',
        repeated: '{count} wiederholten eine frühere Zeile der Datei | 1 wiederholte eine frühere Zeile der Datei | {count} wiederholten eine frühere Zeile der Datei',
        problem: '{count} Zeilen hatten ein Problem | 1 Zeile hatte ein Problem | {count} Zeilen hatten ein Problem',
        unreadPhones:
          '{count} Telefonnummern konnten nicht gelesen werden | 1 Telefonnummer konnte nicht gelesen werden: Sie wurde wie geschrieben übernommen und ist zu prüfen | {count} Telefonnummern konnten nicht gelesen werden: Sie wurden wie geschrieben übernommen und sind zu prüfen',
        skipped: 'Übersprungene Zeilen',
        phonesTitle: 'Zu prüfende Telefonnummern'
      }
    },
    line: 'Zeile {row}',
    duplicate: 'Bereits in der Kartei ({reason})',
    unreadPhone: '„{phone}“ ist keine Telefonnummer, die diese Rezeption lesen kann: Die Kundenseite markiert sie, bis sie korrigiert ist.',
    repeatedRow: 'Wiederholt Zeile {earlierRow} ({reason})',
    duplicateReasons: {
      sameEmail: 'gleiche E-Mail-Adresse',
      sameNameAndBirthDate: 'gleicher Name und gleiches Geburtsdatum'
    },
    lineHint: 'Die Zeilennummern sind die, die Ihre Tabelle anzeigt.',
    run: 'Keine Kunden importieren | 1 Kunden importieren | {count} Kunden importieren',
    cancel: 'Abbrechen',
    importingRows: '{count} Kunden werden aufgenommen… | 1 Kunde wird aufgenommen… | {count} Kunden werden aufgenommen…',
    doneTitle: 'Import abgeschlossen',
    another: 'Weitere Datei importieren',
    openRegister: 'Kartei öffnen',
    fields: {
      givenName: 'Vorname',
      familyName: 'Nachname',
      dateOfBirth: 'Geburtsdatum',
      phone: 'Telefon',
      email: 'E-Mail',
      skinType: 'Hauttyp (Fitzpatrick)',
      language: 'Sprache des Merkblatts',
      notes: 'Notizen'
    }
  },
  privacy: {
    title: 'Datenschutz',
    audit: 'Das Änderungsprotokoll zeigt, wer Kundenakten angesehen, geändert, exportiert, gedruckt oder gesichert hat, und wann.',
    openAudit: 'Änderungsprotokoll öffnen',
    oneClient:
      'Verlangt ein Kunde eine Kopie seiner Daten oder seine Löschung, öffnen Sie seine Seite aus der Kartei: Beides finden Sie dort.'
  },
  retention: {
    title: 'Aufbewahrung',
    intro: 'Wie lange die Praxis die Unterlagen eines Kunden nach seiner letzten Behandlung aufbewahrt, und die Kunden, deren Frist abgelaufen ist, zur Durchsicht.',
    countries: {
      GB: 'Vereinigtes Königreich (8 Jahre)',
      DE: 'Deutschland (10 Jahre)',
      other: 'Anderes Land (10 Jahre, sofern nicht anders festgelegt)'
    },
    rules: 'Regeln für: {rules}. Sie richten sich nach dem Land der Praxis ({country}), festgelegt in den Praxiseinstellungen.',
    years: 'Jahre nach der letzten Behandlung',
    yearsHint: 'Leer lassen für die übliche Frist des Landes.',
    save: 'Speichern',
    saved: 'Aufbewahrung gespeichert: {years} Jahre',
    ended: 'Aufbewahrungsfrist abgelaufen',
    endedCount: 'Bei keinem Kunden ist die Frist abgelaufen | Bei 1 Kunden ist die Frist abgelaufen | Bei {count} Kunden ist die Frist abgelaufen',
    more: 'Die ersten {count} werden angezeigt. Prüfen Sie zuerst diese; weitere folgen.',
    none: 'Bei keinem Kunden ist die Aufbewahrungsfrist abgelaufen.',
    columns: {
      client: 'Kunde',
      countsFrom: 'Gezählt ab',
      ended: 'Abgelaufen am'
    },
    fromTreatment: 'letzte Behandlung, {date}',
    fromRecord: 'Akte angelegt am {date} (keine Behandlung)',
    reviewHint: 'Öffnen Sie einen Kunden, um seine Daten zu exportieren oder ihn zu löschen. Nichts wird von selbst gelöscht.'
  }
} satisfies MessageSchema['dataPrivacy']
