/** The audit log viewer. */
export default {
  title: 'Audit log',
  back: 'Data & privacy',
  intro: 'Who did what in the register, newest first. The log holds no personal details: only what was done and to which record.',
  count: 'No entries | 1 entry | {count} entries',
  capped: 'Showing the latest {count} entries',
  loadMore: 'Show {count} more',
  filters: {
    label: 'Filter the log',
    since: 'Since',
    sincePlaceholder: 'Any date',
    action: 'What was done',
    anyAction: 'Anything',
    client: 'About',
    allClients: 'Show everyone'
  },
  columns: {
    when: 'When',
    who: 'Who',
    what: 'What',
    subject: 'About'
  },
  tableLabel: 'Audit log entries',
  emptyTitle: 'Nothing in the log matches',
  emptyText: 'Try an earlier date, or another kind of action.',
  erasedClient: 'Erased client',
  clientRecord: 'Client record',
  subject: {
    clinic: 'Clinic settings',
    protocol: 'Aftercare protocol',
    register: 'The whole register'
  },
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
    move: 'Moved'
  },
  // Each entry in plain words.
  what: {
    clientCreated: 'Added a client',
    clientUpdated: "Changed a client's details",
    clientArchived: 'Archived a client',
    clientUnarchived: 'Unarchived a client',
    clientErased: 'Erased a client ({treatments}, {handouts})',
    clientExported: "Exported a client's data (subject access request)",
    treatmentCreated: 'Recorded a treatment',
    treatmentUpdated: 'Changed a treatment',
    handout: {
      handout: 'Printed a handout',
      calendar: 'Printed a 14-day calendar',
      ics: 'Saved a calendar file (.ics)'
    },
    reprint: '{what} (reprint)',
    protocolChanged: 'Changed the aftercare protocol (version {version})',
    protocolDefaults: 'Restored the default aftercare protocol (version {version})',
    clinicChanged: 'Changed the clinic settings',
    logoChanged: 'Changed the clinic logo',
    logoRemoved: 'Removed the clinic logo',
    clientsCsv: 'Exported clients CSV ({rows})',
    treatmentsCsv: 'Exported treatments CSV ({rows})',
    imported: 'Imported clients from CSV ({imported}, {duplicates}, {errors})',
    backup: 'Backed up the register',
    restore: 'Restored the register from a backup',
    movedToServer: "Moved the register to the clinic's server",
    movedToThisComputer: 'Moved the register to a desk computer',
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
    register: 'register'
  }
}
