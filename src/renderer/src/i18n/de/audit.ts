import { AUDIT_LOG_WORDS_DE } from '@shared/audit/audit-log-words/de'
import type { MessageSchema } from '../message-schema'

/** The audit log viewer. */
export default {
  title: 'Änderungsprotokoll',
  back: 'Daten & Datenschutz',
  intro: 'Wer was in der Kartei getan hat, das Neueste zuerst. Das Protokoll enthält keine personenbezogenen Daten: nur, was getan wurde und an welchem Eintrag.',
  count: 'Keine Einträge | 1 Eintrag | {count} Einträge',
  capped: 'Die letzten {count} Einträge werden angezeigt',
  loadMore: '{count} weitere anzeigen',
  filters: {
    label: 'Protokoll filtern',
    since: 'Seit',
    sincePlaceholder: 'Beliebiges Datum',
    action: 'Was getan wurde',
    anyAction: 'Alles',
    client: 'Betrifft',
    allClients: 'Alle anzeigen',
    person: 'Wer',
    anyone: 'Alle'
  },
  columns: {
    when: 'Wann',
    who: 'Wer',
    desk: 'Computer',
    what: 'Was',
    subject: 'Betrifft'
  },
  tableLabel: 'Einträge im Änderungsprotokoll',
  emptyTitle: 'Kein Eintrag passt',
  emptyText: 'Versuchen Sie ein früheres Datum oder eine andere Art von Aktion.',
  erasedClient: 'Gelöschter Kunde',
  clientRecord: 'Kundenakte',
  subject: {
    clinic: 'Praxiseinstellungen',
    protocol: 'Nachsorgeprotokoll',
    questionnaire: 'Vorab-Fragebogen',
    consentForm: 'Einwilligungsformular',
    register: 'Die gesamte Kartei',
    desk: 'Anmeldung',
    formerStaff: 'Eine Person im Team'
  },
  // What each entry says, shared with main (src/shared/audit/audit-log-words).
  ...AUDIT_LOG_WORDS_DE.audit
} satisfies MessageSchema['audit']
