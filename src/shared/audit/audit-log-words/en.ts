/**
 * What the audit log says, in English: each entry in plain words, and the names of the
 * staff roles and call outcomes its entries use. The desk's audit, staff and recall screens show
 * these, and main writes a client's data document with them (audit-wording.ts says which).
 */
export const AUDIT_LOG_WORDS_EN = {
  audit: {
    // The filter's names for each kind of action.
    action: {
      create: 'Added or recorded',
      update: 'Changed',
      archive: 'Archived',
      unarchive: 'Unarchived',
      erase: 'Erased',
      print: 'Printed or saved a handout',
      export: 'Exported',
      import: 'Imported',
      backup: 'Backed up',
      restore: 'Restored',
      move: 'Moved',
      'sign-in': 'Signed in',
      lock: 'Locked the desk',
      'pin-wait': 'Waited after wrong PINs'
    },
    // Each entry in plain words.
    what: {
      clientCreated: 'Added a client',
      clientUpdated: "Changed a client's details",
      clientArchived: 'Archived a client',
      clientUnarchived: 'Unarchived a client',
      clientErased: 'Erased a client ({treatments}, {handouts})',
      clientErasedEarly: 'Erased a client before their records’ keeping period ended on {date} ({treatments}, {handouts}). Reason: {reason}',
      clientExported: "Exported a client's data (subject access request)",
      treatmentCreated: 'Recorded a treatment',
      treatmentUpdated: 'Changed a treatment',
      treatmentUnscreened: 'Recorded a treatment without a screening (entered after the visit, or screening turned off)',
      treatmentReviewed: 'Recorded a treatment after a review by {name}',
      treatmentOverridden: 'Recorded a treatment the screening advised against, let through by {name}',
      screeningRecorded: 'Screened a visit: {outcome}',
      screeningOutcome: {
        clear: 'clear',
        review: 'needs a review',
        defer: 'wait before treating',
        stop: 'do not treat'
      },
      questionnaireChanged: 'Changed the screening questionnaire (version {version})',
      questionnaireDefaults: 'Restored the default screening questionnaire (version {version})',
      consentFormChanged: 'Changed the consent form (version {version})',
      consentFormDefaults: 'Restored the shipped consent form (version {version})',
      consentSigned: 'Consent form signed on screen (form version {version}); screening: {outcome}; photographs: {photos}',
      consentReprinted: 'Printed a signed consent form again, identical to the one signed (form version {version})',
      photoConsent: {
        record: 'for the record only',
        marketing: 'for the record and marketing',
        no: 'none'
      },
      countryChanged: 'Set the clinic’s country to {country}',
      screeningOff: 'Turned screening before treatments off',
      screeningOn: 'Turned screening before treatments on',
      handout: {
        handout: 'Printed a handout',
        calendar: 'Printed a 14-day calendar',
        ics: 'Saved a calendar file (.ics)'
      },
      reprint: '{what} (reprint)',
      prepSheet: 'Printed a “Before your appointment” sheet',
      prepCalendar: 'Saved a “Before your appointment” calendar file (.ics)',
      recallCalled: 'Called about the next session',
      recallCalledWith: 'Called about the next session: {outcome}',
      recallCsv: 'Exported the recall list as CSV ({rows})',
      retentionChanged: 'Set how long records are kept: {years} years after the last treatment ({country})',
      retentionElsewhere: 'rules for other countries',
      protocolChanged: 'Changed the aftercare protocol (version {version})',
      protocolDefaults: 'Restored the default aftercare protocol (version {version})',
      clinicChanged: 'Changed the clinic settings',
      logoChanged: 'Changed the clinic logo',
      logoRemoved: 'Removed the clinic logo',
      clientsCsv: 'Exported clients CSV ({rows})',
      treatmentsCsv: 'Exported treatments CSV ({rows})',
      clientsXlsx: 'Exported clients as an Excel workbook ({rows})',
      treatmentsXlsx: 'Exported treatments as an Excel workbook ({rows})',
      imported: 'Imported clients from CSV ({imported}, {duplicates}, {errors})',
      backup: 'Backed up the register',
      restore: 'Restored the register from a backup',
      movedToServer: "Moved the register to the clinic's server",
      movedToThisComputer: 'Moved the register to a desk computer',
      signedIn: 'Signed in',
      locked: 'Locked the desk',
      switched: 'Locked the desk to switch person',
      lockedIdle: 'Left the desk: it locked itself',
      pinWait: 'Too many wrong PINs: a wait of {seconds} seconds',
      staffAdded: 'Added a person to the staff ({role})',
      staffChanged: 'Changed a person on the staff',
      staffInactive: 'Made a person inactive (they can no longer sign in)',
      staffPin: 'Set a new PIN',
      noSignIn: 'Turned sign-in off: one person works here',
      signInOn: 'Staff sign in with a PIN; the desk locks after {minutes} minute | Staff sign in with a PIN; the desk locks after {minutes} minutes',
      other: '{action}: {subject}'
    },
    counts: {
      treatments: 'no treatments | 1 treatment | {count} treatments',
      handouts: 'no handouts | 1 handout | {count} handouts',
      rows: 'no rows | 1 row | {count} rows',
      imported: 'none added | 1 added | {count} added',
      duplicates: 'no duplicates | 1 duplicate skipped | {count} duplicates skipped',
      errors: 'no errors | 1 row with errors | {count} rows with errors'
    },
    subjectType: {
      client: 'client',
      treatment: 'treatment',
      handout: 'handout',
      clinic: 'clinic settings',
      protocol: 'aftercare protocol',
      register: 'register',
      staff: 'staff',
      desk: 'signing in',
      questionnaire: 'screening questionnaire',
      screening: 'screening',
      consentForm: 'consent form',
      consent: 'signed consent',
      'prep-sheet': 'preparation sheet',
      recall: 'recall'
    }
  },
  staff: {
    roles: {
      reception: 'Reception',
      practitioner: 'Practitioner',
      owner: 'Owner'
    }
  },
  recalls: {
    outcome: {
      none: 'Just called',
      left_message: 'Left a message',
      booked: 'Booked',
      declined: 'Declined'
    }
  }
}

export type AuditLogWords = typeof AUDIT_LOG_WORDS_EN
