import { AUDIT_LOG_WORDS_EN } from '@shared/audit/audit-log-words/en'
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
    allClients: 'Show everyone',
    person: 'Who',
    anyone: 'Everyone'
  },
  columns: {
    when: 'When',
    who: 'Who',
    desk: 'Computer',
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
    questionnaire: 'Screening questionnaire',
    consentForm: 'Consent form',
    register: 'The whole register',
    desk: 'Signing in',
    formerStaff: 'A person on the staff'
  },
  // What each entry says, shared with main (src/shared/audit/audit-log-words).
  ...AUDIT_LOG_WORDS_EN.audit
}
