import type { MessageSchema } from '../message-schema'

export default {
  summary: 'Cliente desde {since} · aún sin tratamientos | Cliente desde {since} · 1 tratamiento | Cliente desde {since} · {count} tratamientos',
  edit: 'Editar',
  recordTreatment: 'Registrar tratamiento',
  archivedTag: 'Archivado',
  archivedNotice: 'Este cliente está archivado: no aparece en el registro ni en las búsquedas hasta que lo desarchive.',
  details: {
    title: 'Datos',
    dateOfBirth: 'Fecha de nacimiento',
    dateOfBirthWithAge: '{date} ({age} años)',
    phone: 'Teléfono',
    phoneUnreadable: 'No se ha podido leer este número: compruébelo con el cliente y corríjalo con «Editar».',
    email: 'Correo electrónico',
    skinType: 'Fototipo (Fitzpatrick)',
    language: 'Idioma de la hoja de cuidados',
    clientSince: 'Cliente desde',
    notes: 'Notas',
    notGiven: 'No indicado'
  },
  notes: {
    alertTitle: 'Lea antes de tratar: constan alergias o contraindicaciones',
    // Word beginnings that make the notes a warning, comma-separated: Spanish and English, since notes may be in either.
    alertWords:
      'alerg, contraindica, anafila, intoleran, embaraz, lactan, isotretinoín, isotretinoin, roacután, roaccutane, queloide, anticoagul, sintrom, warfarin, herpes, calentura, eccema, eczema, psoriasis, diabet, allerg, contraindicat, pregnan, breastfeed, keloid, blood thinner, cold sore'
  },
  history: {
    title: 'Historial de tratamientos',
    emptyTitle: 'Aún no hay tratamientos',
    emptyText: 'Los tratamientos que registre para este cliente aparecen aquí, el más reciente primero.',
    dateAndTime: '{date} a las {time}',
    timeInZone: '{time} (hora de {zone})',
    deepest: 'Máxima',
    practitioner: 'Profesional',
    device: 'Dispositivo',
    session: 'Sesión',
    concerns: 'Indicaciones',
    products: 'Productos',
    notes: 'Notas'
  },
  archive: {
    action: 'Archivar',
    confirmTitle: '¿Archivar a {name}?',
    confirmMessage:
      'Dejará de aparecer en el registro y en las búsquedas. Sus datos y tratamientos se conservan, y puede desarchivarlo en cualquier momento.',
    confirm: 'Archivar',
    done: '{name} se ha archivado'
  },
  unarchive: {
    action: 'Desarchivar',
    confirmTitle: '¿Desarchivar a {name}?',
    confirmMessage: 'Volverá a aparecer en el registro y en las búsquedas.',
    confirm: 'Desarchivar',
    done: '{name} vuelve a estar en el registro'
  },
  privacy: {
    title: 'Privacidad',
    text: 'Una copia de todo lo que se guarda sobre este cliente, lo que se ha hecho con su ficha, o su supresión definitiva.',
    activity: 'Actividad de este cliente',
    export: {
      action: 'Exportar los datos de este cliente',
      savedTitle: 'Datos del cliente guardados',
      saved: 'Guardados en {json} y {pdf}',
      pdfNotSaved: 'El archivo de datos se ha guardado en {json}; el PDF no se ha guardado.',
      cancelledTitle: 'No se ha guardado nada',
      cancelled: 'Se ha cancelado la exportación, así que ningún dato ha salido del puesto.',
      failed: 'No se han podido guardar los datos del cliente'
    },
    erase: {
      action: 'Suprimir este cliente…',
      title: '¿Suprimir a {name} definitivamente?',
      goes: 'Al suprimirlo se elimina del registro, para siempre:',
      record: 'su ficha: datos personales, de contacto y notas',
      treatments: 'todos sus tratamientos (ninguno registrado) | su tratamiento (1 registrado) | sus {count} tratamientos',
      handouts: 'la constancia de cada hoja y calendario que se le entregó',
      undone: 'Esto no se puede deshacer.',
      backups: 'Las copias de seguridad anteriores a hoy lo siguen conteniendo hasta que caducan y se eliminan.',
      exportFirst: 'Si ha pedido una copia de sus datos, expórtela antes.',
      confirmLabel: 'Para confirmar, escriba el nombre completo o los apellidos del cliente ({name})',
      confirm: 'Suprimir definitivamente',
      done: 'Cliente suprimido',
      doneDetail: 'Suprimido: {treatments}, {handouts}',
      treatmentCount: 'ningún tratamiento | 1 tratamiento | {count} tratamientos',
      handoutCount: 'ninguna constancia de hojas | 1 constancia de hoja | {count} constancias de hojas',
      retentionChecking: 'Comprobando durante cuánto tiempo deben conservarse sus datos…',
      retentionEnded: 'Sus datos debían conservarse hasta el {date}: ese plazo ha terminado.',
      retentionWarning: 'Sus datos deben conservarse hasta el {date} ({years} años desde {from}). Suprímalos antes solo por un motivo justificado, como una solicitud que la ley le obliga a atender.',
      retentionFromTreatment: 'el último tratamiento',
      retentionFromRecord: 'la creación de la ficha',
      reasonLabel: 'Motivo para suprimir antes del {date}',
      reasonHint: 'Se guarda en el registro de auditoría. No escriba el nombre del cliente, sus datos de contacto ni de salud.',
      reasonRequired: 'Indique el motivo para suprimir los datos antes del {date}.'
    }
  },
  prepSheet: {
    action: 'Antes de su cita…',
    title: 'Antes de su cita',
    intro: 'Una hoja de una página, o un archivo de calendario para su móvil, con las fechas en que debe empezar cada paso de la preparación para esta cita.',
    date: 'Fecha de la cita',
    time: 'Hora de la cita',
    timeZone: 'Horas en {zone}',
    language: 'Idioma',
    print: 'Imprimir',
    savePdf: 'Guardar PDF',
    saveIcs: 'Guardar archivo de calendario (.ics)',
    produced: 'Hoja lista',
    producedDetail: 'Anotada para {name}'
  },
  missing: {
    title: 'No se ha encontrado a este cliente',
    text: 'Puede que se haya eliminado del registro o que el enlace esté desactualizado.',
    back: 'Volver al registro'
  }
} satisfies MessageSchema['client']
