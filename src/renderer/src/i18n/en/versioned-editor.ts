/** What every editor of a versioned document says (the aftercare protocol, the screening questionnaire). */
export default {
  subtitle: 'Version {version}, saved {when} by {who}.',
  unsaved: 'Unsaved changes',
  note: 'What changed (a short note)',
  savedBy: 'Saved by',
  save: 'Save as a new version',
  saved: 'Version {version} saved',
  restoreDefaults: 'Restore defaults',
  restored: 'Defaults restored as version {version}',
  notSaved: 'Not saved: fix the messages first.',
  problems: '{count} problem to fix | {count} problems to fix',
  versions: 'Versions',
  version: 'Version {version}',
  compare: 'Compare with current',
  export: 'Export JSON',
  import: 'Import JSON',
  imported: 'Imported as version {version}',
  importFailed: 'That file was not imported: {message}',
  importNote: 'Imported from {file}',
  restoreNote: 'Restored the shipped defaults'
}
