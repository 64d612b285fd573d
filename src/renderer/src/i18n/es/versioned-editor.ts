import type { MessageSchema } from '../message-schema'

/** What every editor of a versioned document says (the aftercare protocol, the screening questionnaire). */
export default {
  subtitle: 'Versión {version}, guardada {when} por {who}.',
  unsaved: 'Cambios sin guardar',
  note: 'Qué ha cambiado (una nota breve)',
  savedBy: 'Guardado por',
  save: 'Guardar como versión nueva',
  saved: 'Versión {version} guardada',
  restoreDefaults: 'Restaurar valores predeterminados',
  restored: 'Valores predeterminados restaurados como versión {version}',
  notSaved: 'No se ha guardado: corrija primero los mensajes.',
  problems: '{count} problema por corregir | {count} problemas por corregir',
  versions: 'Versiones',
  version: 'Versión {version}',
  compare: 'Comparar con la actual',
  export: 'Exportar JSON',
  import: 'Importar JSON',
  imported: 'Importado como versión {version}',
  importFailed: 'No se ha importado ese archivo: {message}',
  importNote: 'Importado de {file}',
  restoreNote: 'Restaurados los valores predeterminados'
} satisfies MessageSchema['versionedEditor']
