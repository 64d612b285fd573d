import type { MessageSchema } from '../message-schema'

/** What every editor of a versioned document says (the aftercare protocol, the screening questionnaire). */
export default {
  subtitle: 'Version {version}, gespeichert {when} von {who}.',
  unsaved: 'Ungespeicherte Änderungen',
  note: 'Was sich geändert hat (kurze Notiz)',
  savedBy: 'Gespeichert von',
  save: 'Als neue Version speichern',
  saved: 'Version {version} gespeichert',
  restoreDefaults: 'Standard wiederherstellen',
  restored: 'Standard als Version {version} wiederhergestellt',
  notSaved: 'Nicht gespeichert: Beheben Sie zuerst die Hinweise.',
  problems: '{count} Problem zu beheben | {count} Probleme zu beheben',
  versions: 'Versionen',
  version: 'Version {version}',
  compare: 'Mit aktueller vergleichen',
  export: 'JSON exportieren',
  import: 'JSON importieren',
  imported: 'Als Version {version} importiert',
  importFailed: 'Diese Datei wurde nicht importiert: {message}',
  importNote: 'Importiert aus {file}',
  restoreNote: 'Mitgelieferten Standard wiederhergestellt'
} satisfies MessageSchema['versionedEditor']
