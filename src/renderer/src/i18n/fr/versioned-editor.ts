import type { MessageSchema } from '../message-schema'

/** What every editor of a versioned document says (the aftercare protocol, the screening questionnaire). */
export default {
  subtitle: 'Version {version}, enregistrée {when} par {who}.',
  unsaved: 'Modifications non enregistrées',
  note: 'Ce qui a changé (une courte note)',
  savedBy: 'Enregistré par',
  save: 'Enregistrer comme nouvelle version',
  saved: 'Version {version} enregistrée',
  restoreDefaults: 'Rétablir les valeurs par défaut',
  restored: 'Valeurs par défaut rétablies en version {version}',
  notSaved: 'Non enregistré : corrigez d’abord les messages.',
  problems: '{count} problème à corriger | {count} problèmes à corriger',
  versions: 'Versions',
  version: 'Version {version}',
  compare: 'Comparer avec l’actuelle',
  export: 'Exporter en JSON',
  import: 'Importer un JSON',
  imported: 'Importé en version {version}',
  importFailed: 'Ce fichier n’a pas été importé : {message}',
  importNote: 'Importé depuis {file}',
  restoreNote: 'Valeurs par défaut rétablies'
} satisfies MessageSchema['versionedEditor']
