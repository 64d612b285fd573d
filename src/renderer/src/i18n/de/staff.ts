import { AUDIT_LOG_WORDS_DE } from '@shared/audit/audit-log-words/de'
import type { MessageSchema } from '../message-schema'

/** Settings → Staff: the people who sign in, and how the desk is locked. */
export default {
  doctor: 'Arzt/Ärztin',
  doctorHint: 'Eine Ärztin oder ein Arzt darf, wie die Inhaberin oder der Inhaber, einen Besuch freigeben, von dem die Abfrage abriet, mit schriftlicher Begründung.',
  title: 'Team',
  subtitle: 'Die Personen, die diesen Platz nutzen, was jede darf, und wann sich der Platz sperrt.',
  clinicSettings: 'Praxiseinstellungen',
  link: 'Team',
  roles: AUDIT_LOG_WORDS_DE.staff.roles,
  roleHints: {
    reception: 'Kartei, Kunden, Behandlungen, Merkblätter und Heute.',
    practitioner: 'Wie der Empfang, und darf Zonen und Tiefen einer Behandlung ändern.',
    owner: 'Alles: Einstellungen, Team, Nachsorgeprotokoll, Sicherungen, Exporte und das Änderungsprotokoll.'
  },
  access: {
    title: 'Anmeldung',
    signIn: 'Das Team meldet sich mit einer PIN an',
    signInHint: 'Jede Person tippt auf ihren Namen und gibt ihre PIN ein. Aus: Niemand meldet sich an, und jeder am Platz darf alles.',
    minutes: 'Sperren nach (Minuten)',
    minutesHint: 'Der Platz sperrt sich nach so vielen Minuten ohne Nutzung. 1 bis 60.',
    save: 'Speichern',
    saved: 'Anmeldeeinstellungen gespeichert',
    turnOn: {
      header: 'Anmeldung einschalten?',
      message: 'Sobald dies gespeichert ist, sperrt sich der Platz, und alle melden sich mit ihrer eigenen PIN an, auch Sie. Stellen Sie sicher, dass Sie die PIN der Inhaberin bzw. des Inhabers kennen.',
      confirm: 'Einschalten und sperren'
    },
    turnOff: {
      header: 'Anmeldung ausschalten?',
      message: 'Niemand meldet sich mehr an, und der Platz sperrt sich nie: Jeder am Platz darf alles, was die Inhaberin oder der Inhaber darf, und kann die Notizen aller Kunden lesen.',
      confirm: 'Anmeldung ausschalten'
    }
  },
  list: {
    title: 'Personen',
    label: 'Team',
    name: 'Name',
    role: 'Rolle',
    status: 'Status',
    actions: 'Aktionen',
    active: 'Aktiv',
    inactive: 'Inaktiv',
    none: 'Noch niemand. Legen Sie zuerst die Inhaberin oder den Inhaber an, dann alle anderen.',
    edit: 'Bearbeiten',
    editLabel: '{name} bearbeiten',
    newPin: 'Neue PIN',
    newPinLabel: 'Neue PIN für {name}'
  },
  add: {
    title: 'Person hinzufügen',
    name: 'Name',
    role: 'Rolle',
    pin: 'PIN',
    pinHint: '4 bis 8 Ziffern. Teilen Sie sie der Person mit; sie kann jederzeit eine neue bei Ihnen erfragen.',
    pinAgain: 'PIN wiederholen',
    submit: 'Zum Team hinzufügen',
    added: '{name} wurde zum Team hinzugefügt'
  },
  edit: {
    title: '{name} bearbeiten',
    active: 'Darf sich anmelden',
    activeHint: 'Wer gegangen ist, wird inaktiv gesetzt, nie gelöscht: Das Änderungsprotokoll und die Behandlungen behalten den Namen.',
    save: 'Speichern',
    saved: '{name} gespeichert'
  },
  pin: {
    title: 'Neue PIN für {name}',
    pin: 'Neue PIN',
    pinAgain: 'Neue PIN wiederholen',
    save: 'Neue PIN festlegen',
    saved: 'Neue PIN für {name} festgelegt'
  },
  pinsDiffer: 'Die beiden PINs stimmen nicht überein. Geben Sie zweimal dieselbe PIN ein.'
} satisfies MessageSchema['staff']
