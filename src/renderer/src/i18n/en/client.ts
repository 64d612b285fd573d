export default {
  summary: 'Client since {since} · no treatments yet | Client since {since} · 1 treatment | Client since {since} · {count} treatments',
  edit: 'Edit',
  recordTreatment: 'Record treatment',
  archivedTag: 'Archived',
  archivedNotice: 'This client is archived: they are hidden from the register and from search until you unarchive them.',
  details: {
    title: 'Details',
    dateOfBirth: 'Date of birth',
    dateOfBirthWithAge: '{date} (age {age})',
    phone: 'Phone',
    phoneUnreadable: 'This number could not be read: please check it with the client and correct it with Edit.',
    email: 'Email',
    skinType: 'Skin type (Fitzpatrick)',
    language: 'Handout language',
    clientSince: 'Client since',
    notes: 'Notes',
    notGiven: 'Not given'
  },
  notes: {
    alertTitle: 'Read before treating: allergies or contraindications noted',
    // Word beginnings that make the notes a warning, comma-separated.
    alertWords:
      'allerg, contraindicat, contra-indicat, anaphyla, intoleran, pregnan, breastfeed, isotretinoin, roaccutane, accutane, keloid, anticoagul, blood thinner, warfarin, cold sore, herpes, eczema, psoriasis, diabet'
  },
  history: {
    title: 'Treatment history',
    emptyTitle: 'No treatments yet',
    emptyText: 'Treatments you record for this client appear here, newest first.',
    dateAndTime: '{date} at {time}',
    timeInZone: '{time} ({zone} time)',
    deepest: 'Deepest',
    practitioner: 'Practitioner',
    device: 'Device',
    session: 'Session',
    concerns: 'Concerns',
    products: 'Products',
    notes: 'Notes'
  },
  archive: {
    action: 'Archive',
    confirmTitle: 'Archive {name}?',
    confirmMessage:
      'They will be hidden from the register and from search. Their details and treatments are kept, and you can unarchive them at any time.',
    confirm: 'Archive',
    done: '{name} was archived'
  },
  unarchive: {
    action: 'Unarchive',
    confirmTitle: 'Unarchive {name}?',
    confirmMessage: 'They will appear in the register and in search again.',
    confirm: 'Unarchive',
    done: '{name} is back in the register'
  },
  privacy: {
    title: 'Privacy',
    text: 'A copy of everything held about this client, what the desk did with their record, or erasing them for good.',
    activity: 'Activity for this client',
    export: {
      action: "Export this client's data",
      savedTitle: "Client's data saved",
      saved: 'Saved to {json} and {pdf}',
      pdfNotSaved: 'The data file was saved to {json}; the PDF was not saved.',
      cancelledTitle: 'Nothing was saved',
      cancelled: 'The export was cancelled, so no data left the desk.',
      failed: "The client's data could not be saved"
    },
    erase: {
      action: 'Erase this client…',
      title: 'Erase {name} for good?',
      goes: 'Erasing removes from the register, for good:',
      record: 'their record: details, contact information and notes',
      treatments: 'all of their treatments (none recorded) | their treatment (1 recorded) | all {count} of their treatments',
      handouts: 'the record of every handout and calendar they were given',
      undone: 'This cannot be undone.',
      backups: 'Backups made before today still hold them until those backups age out and are removed.',
      exportFirst: 'If they asked for a copy of their data, export it first.',
      confirmLabel: "To confirm, type the client's full name or family name ({name})",
      confirm: 'Erase for good',
      done: 'Client erased',
      doneDetail: 'Erased: {treatments}, {handouts}',
      treatmentCount: 'no treatments | 1 treatment | {count} treatments',
      handoutCount: 'no handout records | 1 handout record | {count} handout records',
      retentionChecking: 'Checking how long their records are to be kept…',
      retentionEnded: 'Their records were to be kept until {date}: that period has ended.',
      retentionWarning: 'Their records are to be kept until {date} ({years} years after the {from}). Erase them before then only with good reason, such as a request the law requires you to grant.',
      retentionFromTreatment: 'last treatment',
      retentionFromRecord: 'record was made',
      reasonLabel: 'Reason for erasing before {date}',
      reasonHint: 'Kept in the audit log. Do not write the client’s name, contact details or health details.',
      reasonRequired: 'Give the reason for erasing the records before {date}.'
    }
  },
  prepSheet: {
    action: 'Before your appointment…',
    title: 'Before your appointment',
    intro: 'A one-page sheet, or a calendar file for their phone, with the dates to start each step of getting ready for this appointment.',
    date: 'Appointment date',
    time: 'Appointment time',
    timeZone: 'Times in {zone}',
    language: 'Language',
    print: 'Print',
    savePdf: 'Save PDF',
    saveIcs: 'Save calendar file (.ics)',
    produced: 'Sheet ready',
    producedDetail: 'Logged for {name}'
  },
  missing: {
    title: 'This client could not be found',
    text: 'They may have been removed from the register, or the link is out of date.',
    back: 'Back to the register'
  }
}
