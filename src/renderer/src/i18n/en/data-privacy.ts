/** The Data & privacy screen: backups, restore, CSV export and import. */
export default {
  title: 'Data & privacy',
  subtitle: 'Keep a safe copy of the register, take client lists out, and bring clients in from another system.',
  backups: {
    title: 'Backups',
    offComputer:
      'The app copies the register on this computer every day, but a copy here is lost with the computer if it breaks, is stolen or is damaged. Once a week, back up to a USB stick or drive you keep somewhere else.',
    backUpNow: 'Back up now',
    backUpNowHint: 'You choose a folder, such as a USB stick; the backup is saved there.',
    backedUp: 'Backup saved to {path}',
    backUpFailed: 'The backup was not made',
    restore: 'Restore from backup…',
    restoreHint: 'Only when the register on this computer is lost or damaged.',
    restoreHintServer: "Only when the register on the clinic's server is lost or damaged. Every desk then works on the backup's data.",
    restoreFailed: 'The backup was not restored',
    confirmRestore: {
      header: 'Restore the register from a backup?',
      message:
        'You will choose a backup file. Everything in the register on this computer will be replaced by what is in that backup: anything added since it was made will no longer show. A copy of the current register is kept first, in the automatic backups. The app then closes and opens again.',
      messageServer:
        "You will choose a backup file. Everything in the register on the clinic's server will be replaced by what is in that backup, at every desk: anything added at any desk since it was made will no longer show. A copy of the server's current register is kept first, in this computer's backups.",
      confirm: 'Choose the backup…'
    }
  },
  automatic: {
    title: 'Automatic backups on this computer',
    last: 'Last automatic backup: {day} at {time}.',
    none: 'No automatic backup has been made yet. The first is made the next time the app starts.',
    kept: 'The app keeps one backup for each of the last 14 days and one for each of the last 12 months; older ones are removed.',
    folder: 'They are kept in this folder:',
    listTitle: 'The most recent backups',
    taken: 'Made',
    reason: 'Why',
    size: 'Size',
    more: 'and {count} older | and 1 older | and {count} older',
    reasons: {
      daily: 'Daily backup',
      'before-migration': 'Before an app update',
      'before-restore': 'Before a restore',
      manual: 'Made by hand'
    }
  },
  export: {
    title: 'Export to a spreadsheet',
    intro:
      'Save the register as an Excel workbook (.xlsx) or a CSV file, which you choose when you save. Excel, Numbers and LibreOffice open both.',
    csvRegion:
      "A CSV file follows the clinic's country: semicolons and decimal commas (1,5 mm) where it writes 1,5, as in France, Germany or Spain; commas and decimal points (1.5 mm) where it writes 1.5, as in the UK or the US.",
    clients: 'Export clients…',
    treatments: 'Export treatments…',
    savedClients: 'Saved {count} clients to {path} | Saved 1 client to {path} | Saved {count} clients to {path}',
    savedTreatments: 'Saved {count} treatments to {path} | Saved 1 treatment to {path} | Saved {count} treatments to {path}',
    failed: 'The file was not saved',
    progress: 'Writing {kind}: {rows} of {total} rows',
    progressKind: { clients: 'clients', treatments: 'treatments' },
    personalData:
      'These files hold clients’ personal and health details. Keep them on this computer or an encrypted drive, never send them by ordinary email, and delete them when you no longer need them.'
  },
  import: {
    title: 'Import clients from a spreadsheet',
    intro:
      'Bring in clients from another system or your own list: an Excel workbook (.xlsx) or a CSV file, as Excel or any other program saves it. You check what will happen first: nothing is added until you press Import.',
    choose: 'Choose a file…',
    file: 'File: {name}',
    rows: '{count} rows | 1 row | {count} rows',
    readingTitle: 'How your file was read',
    encoding: 'Characters',
    encodings: {
      utf8: 'UTF-8',
      utf16: 'UTF-16 (Unicode text)',
      windows1252: 'Windows-1252 (Western European)'
    },
    encodingReasons: {
      chosen: 'As you chose. If accents look wrong in the examples below (Müller as MÃ¼ller or M�ller), choose another.',
      byteOrderMark: 'The file says so at its start.',
      utf8: 'Every character of the file reads as UTF-8.',
      utf16: 'The file is laid out as UTF-16.',
      detected: 'The file is not UTF-8, and reads as Western European text. If accents look wrong in the examples below, choose another.',
      unsure:
        'Not sure: the file looks like {detected} text, which cannot be read here. Check the names in the examples below; if they look wrong, save the list from Excel as "CSV UTF-8" and import that file.'
    },
    delimiter: 'Columns separated by',
    delimiters: { comma: 'commas', semicolon: 'semicolons', tab: 'tabs' },
    sheet: 'Sheet',
    headerRow: 'Column names',
    headerRowAt: 'on line {line}; the lines above it are left out',
    mappingTitle: 'Which column holds what',
    mappingIntro: 'We matched the columns we recognised. Check each line, and choose a column for any that are missing.',
    field: 'Client detail',
    column: 'Column in your file',
    examples: 'Examples from your file',
    notImported: 'Not imported',
    needed: 'needed',
    noExamples: 'empty in the first rows',
    dateOrder: 'Dates in your file are written',
    dateOrders: {
      DMY: 'Day first (31/12/1990)',
      MDY: 'Month first (12/31/1990)'
    },
    dateOrderReasons: {
      chosen: 'As you chose.',
      file: '{example} in your file can only be read this way.',
      dots: 'Dates written with dots, like {example}, are day first.',
      clinicCountry: 'Nothing in your file decides it: read as dates are written in {country}, the clinic’s country. Check the example.',
      noAmbiguousDates: 'No date in your file depends on it.'
    },
    dateExample: '{written} is read as {read}.',
    dateUnread: '{written} cannot be read as a date.',
    checking: 'Checking the file…',
    chooseNames: 'Choose the columns that hold the first name and the family name above: every client needs both.',
    chooseNamesOrSheet:
      'Choose the columns that hold the first name and the family name above: every client needs both. If the client list is on another sheet of the workbook, choose that sheet first.',
    summaryTitle: 'What will happen',
    // What the preview says will happen, and what the import says did.
    report: {
      preview: {
        add: 'No clients will be added | 1 client will be added | {count} clients will be added',
        known: '{count} are already in the register | 1 is already in the register | {count} are already in the register',
        repeated: '{count} repeat an earlier row of the file | 1 repeats an earlier row of the file | {count} repeat an earlier row of the file',
        problem: '{count} rows have a problem | 1 row has a problem | {count} rows have a problem',
        unreadPhones:
          '{count} phone numbers cannot be read | 1 phone number cannot be read: it will be imported as written, to check | {count} phone numbers cannot be read: they will be imported as written, to check',
        skipped: 'Rows that will be skipped',
        phonesTitle: 'Phone numbers to check'
      },
      done: {
        add: 'No clients were added. | 1 client was added to the register. | {count} clients were added to the register.',
        known: '{count} were already in the register | 1 was already in the register | {count} were already in the register',
        repeated: '{count} repeated an earlier row of the file | 1 repeated an earlier row of the file | {count} repeated an earlier row of the file',
        problem: '{count} rows had a problem | 1 row had a problem | {count} rows had a problem',
        unreadPhones:
          '{count} phone numbers could not be read | 1 phone number could not be read: it was imported as written, to check | {count} phone numbers could not be read: they were imported as written, to check',
        skipped: 'Rows that were skipped',
        phonesTitle: 'Phone numbers to check'
      }
    },
    line: 'Line {row}',
    duplicate: 'Already in the register ({reason})',
    unreadPhone: '“{phone}” is not a phone number this desk can read: the client’s page flags it until it is corrected.',
    repeatedRow: 'Repeats line {earlierRow} ({reason})',
    duplicateReasons: {
      sameEmail: 'same email',
      sameNameAndBirthDate: 'same name and date of birth'
    },
    lineHint: 'Line numbers are those your spreadsheet shows.',
    run: 'Import no clients | Import 1 client | Import {count} clients',
    cancel: 'Cancel',
    importingRows: 'Adding {count} clients to the register… | Adding 1 client to the register… | Adding {count} clients to the register…',
    doneTitle: 'Import finished',
    another: 'Import another file',
    openRegister: 'Open the register',
    fields: {
      givenName: 'First name',
      familyName: 'Family name',
      dateOfBirth: 'Date of birth',
      phone: 'Phone',
      email: 'Email',
      skinType: 'Skin type (Fitzpatrick)',
      language: 'Handout language',
      notes: 'Notes'
    }
  },
  privacy: {
    title: 'Privacy',
    audit: 'The audit log shows who looked at, changed, exported, printed or backed up client records, and when.',
    openAudit: 'Open the audit log',
    oneClient:
      'When a client asks for a copy of their data, or asks to be erased, open their page from the Register: both are there.'
  },
  retention: {
    title: 'Record keeping',
    intro: 'How long the clinic keeps a client’s records after their last treatment, and the clients whose keeping period has ended, for you to review.',
    countries: {
      GB: 'United Kingdom (8 years)',
      DE: 'Germany (10 years)',
      other: 'Another country (10 years unless you set it)'
    },
    rules: 'Rules of: {rules}. They follow the clinic’s country ({country}), set in Clinic settings.',
    years: 'Years after the last treatment',
    yearsHint: 'Leave empty for the country’s usual period.',
    save: 'Save',
    saved: 'Record keeping saved: {years} years',
    ended: 'Keeping period ended',
    endedCount: 'No client’s period has ended | 1 client’s period has ended | {count} clients’ periods have ended',
    more: 'Showing the first {count}. Review these first; more follow.',
    none: 'No client’s keeping period has ended.',
    columns: {
      client: 'Client',
      countsFrom: 'Counted from',
      ended: 'Ended on'
    },
    fromTreatment: 'last treatment, {date}',
    fromRecord: 'record made {date} (no treatment)',
    reviewHint: 'Open a client to export their data or erase them. Nothing is erased by itself.'
  }
}
