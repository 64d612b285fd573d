import type { MessageSchema } from '../message-schema'

export default {
  summary: 'Kunde seit {since} · noch keine Behandlungen | Kunde seit {since} · 1 Behandlung | Kunde seit {since} · {count} Behandlungen',
  edit: 'Bearbeiten',
  recordTreatment: 'Behandlung erfassen',
  archivedTag: 'Archiviert',
  archivedNotice: 'Dieser Kunde ist archiviert: Er erscheint weder in der Kartei noch in der Suche, bis Sie die Archivierung aufheben.',
  details: {
    title: 'Angaben',
    dateOfBirth: 'Geburtsdatum',
    dateOfBirthWithAge: '{date} ({age} Jahre)',
    phone: 'Telefon',
    phoneUnreadable: 'Diese Nummer konnte nicht gelesen werden: Bitte prüfen Sie sie mit dem Kunden und korrigieren Sie sie mit „Bearbeiten“.',
    email: 'E-Mail',
    skinType: 'Hauttyp (Fitzpatrick)',
    language: 'Sprache des Merkblatts',
    clientSince: 'Kunde seit',
    notes: 'Notizen',
    notGiven: 'Keine Angabe'
  },
  notes: {
    alertTitle: 'Vor der Behandlung lesen: Allergien oder Kontraindikationen vermerkt',
    // Word beginnings that make the notes a warning, comma-separated: German and English, since notes may be in either.
    alertWords:
      'allerg, kontraindik, gegenanzeig, anaphyla, unverträglich, intoleran, schwanger, stillt, stillzeit, isotretinoin, roaccutan, keloid, gerinnungshemm, blutverdünn, marcumar, warfarin, lippenherpes, herpes, ekzem, eczema, neurodermitis, psoriasis, schuppenflechte, diabet, contraindicat, pregnan, breastfeed, anticoagul, blood thinner, cold sore'
  },
  history: {
    title: 'Behandlungsverlauf',
    emptyTitle: 'Noch keine Behandlungen',
    emptyText: 'Behandlungen, die Sie für diesen Kunden erfassen, erscheinen hier, die neueste zuerst.',
    dateAndTime: '{date} um {time}',
    timeInZone: '{time} (Zeit {zone})',
    deepest: 'Tiefste',
    practitioner: 'Behandler/in',
    device: 'Gerät',
    session: 'Sitzung',
    concerns: 'Anliegen',
    products: 'Produkte',
    notes: 'Notizen'
  },
  archive: {
    action: 'Archivieren',
    confirmTitle: '{name} archivieren?',
    confirmMessage:
      'Der Kunde erscheint dann nicht mehr in der Kartei und in der Suche. Angaben und Behandlungen bleiben erhalten, und Sie können die Archivierung jederzeit aufheben.',
    confirm: 'Archivieren',
    done: '{name} wurde archiviert'
  },
  unarchive: {
    action: 'Wiederherstellen',
    confirmTitle: '{name} wiederherstellen?',
    confirmMessage: 'Der Kunde erscheint wieder in der Kartei und in der Suche.',
    confirm: 'Wiederherstellen',
    done: '{name} ist wieder in der Kartei'
  },
  privacy: {
    title: 'Datenschutz',
    text: 'Eine Kopie aller über diesen Kunden gespeicherten Daten, was am Platz mit der Akte geschah, oder die endgültige Löschung.',
    activity: 'Aktivitäten zu diesem Kunden',
    export: {
      action: 'Daten dieses Kunden exportieren',
      savedTitle: 'Kundendaten gespeichert',
      saved: 'Gespeichert unter {json} und {pdf}',
      pdfNotSaved: 'Die Datendatei wurde unter {json} gespeichert; das PDF wurde nicht gespeichert.',
      cancelledTitle: 'Nichts gespeichert',
      cancelled: 'Der Export wurde abgebrochen; es haben keine Daten den Platz verlassen.',
      failed: 'Die Kundendaten konnten nicht gespeichert werden'
    },
    erase: {
      action: 'Diesen Kunden löschen…',
      title: '{name} endgültig löschen?',
      goes: 'Beim Löschen wird Folgendes endgültig aus der Kartei entfernt:',
      record: 'die Akte: Angaben, Kontaktdaten und Notizen',
      treatments: 'alle Behandlungen (keine erfasst) | die Behandlung (1 erfasst) | alle {count} Behandlungen',
      handouts: 'der Nachweis jedes ausgegebenen Merkblatts und Kalenders',
      undone: 'Dies kann nicht rückgängig gemacht werden.',
      backups: 'Sicherungen von vor heute enthalten die Daten noch, bis diese Sicherungen ablaufen und entfernt werden.',
      exportFirst: 'Hat der Kunde eine Kopie seiner Daten verlangt, exportieren Sie diese zuerst.',
      confirmLabel: 'Zur Bestätigung den vollständigen Namen oder Nachnamen eingeben ({name})',
      confirm: 'Endgültig löschen',
      done: 'Kunde gelöscht',
      doneDetail: 'Gelöscht: {treatments}, {handouts}',
      treatmentCount: 'keine Behandlungen | 1 Behandlung | {count} Behandlungen',
      handoutCount: 'keine Merkblatt-Nachweise | 1 Merkblatt-Nachweis | {count} Merkblatt-Nachweise',
      retentionChecking: 'Aufbewahrungsfrist wird geprüft…',
      retentionEnded: 'Die Unterlagen waren bis {date} aufzubewahren: Diese Frist ist abgelaufen.',
      retentionWarning: 'Die Unterlagen sind bis {date} aufzubewahren ({years} Jahre ab {from}). Löschen Sie sie vorher nur aus gutem Grund, etwa wegen eines Antrags, dem Sie gesetzlich nachkommen müssen.',
      retentionFromTreatment: 'der letzten Behandlung',
      retentionFromRecord: 'dem Anlegen der Akte',
      reasonLabel: 'Grund für das Löschen vor dem {date}',
      reasonHint: 'Wird im Änderungsprotokoll gespeichert. Schreiben Sie keinen Namen, keine Kontakt- und keine Gesundheitsdaten des Kunden hinein.',
      reasonRequired: 'Geben Sie den Grund an, warum die Unterlagen vor dem {date} gelöscht werden.'
    }
  },
  prepSheet: {
    action: 'Vor Ihrem Termin…',
    title: 'Vor Ihrem Termin',
    intro: 'Ein einseitiges Blatt oder eine Kalenderdatei für das Handy, mit den Tagen, an denen jeder Vorbereitungsschritt für diesen Termin beginnt.',
    date: 'Datum des Termins',
    time: 'Uhrzeit des Termins',
    timeZone: 'Zeiten in {zone}',
    language: 'Sprache',
    print: 'Drucken',
    savePdf: 'PDF speichern',
    saveIcs: 'Kalenderdatei speichern (.ics)',
    produced: 'Blatt fertig',
    producedDetail: 'Für {name} vermerkt'
  },
  missing: {
    title: 'Dieser Kunde wurde nicht gefunden',
    text: 'Er wurde vielleicht aus der Kartei entfernt, oder der Link ist veraltet.',
    back: 'Zurück zur Kartei'
  }
} satisfies MessageSchema['client']
