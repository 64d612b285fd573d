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
  missing: {
    title: 'This client could not be found',
    text: 'They may have been removed from the register, or the link is out of date.',
    back: 'Back to the register'
  }
}
