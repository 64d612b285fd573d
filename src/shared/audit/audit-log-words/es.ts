import type { AuditLogWords } from './en'

/** What the audit log says, in Spanish (the same keys as English: en.ts). */
export const AUDIT_LOG_WORDS_ES = {
  audit: {
    // The filter's names for each kind of action.
    action: {
      create: 'Añadido o registrado',
      update: 'Modificado',
      archive: 'Archivado',
      unarchive: 'Desarchivado',
      erase: 'Suprimido',
      print: 'Hoja impresa o guardada',
      export: 'Exportado',
      import: 'Importado',
      backup: 'Copia de seguridad',
      restore: 'Restaurado',
      move: 'Trasladado',
      'sign-in': 'Identificación',
      lock: 'Puesto bloqueado',
      'pin-wait': 'Espera tras PIN erróneos'
    },
    // Each entry in plain words.
    what: {
      clientCreated: 'Añadió un cliente',
      clientUpdated: 'Modificó los datos de un cliente',
      clientArchived: 'Archivó un cliente',
      clientUnarchived: 'Desarchivó un cliente',
      clientErased: 'Suprimió un cliente ({treatments}, {handouts})',
      clientErasedEarly: 'Suprimió un cliente antes de que terminara el plazo de conservación de sus datos, el {date} ({treatments}, {handouts}). Motivo: {reason}',
      clientExported: 'Exportó los datos de un cliente (solicitud de acceso)',
      treatmentCreated: 'Registró un tratamiento',
      treatmentUpdated: 'Modificó un tratamiento',
      treatmentUnscreened: 'Registró un tratamiento sin cuestionario (introducido después de la visita o con el cuestionario desactivado)',
      treatmentReviewed: 'Registró un tratamiento tras la revisión de {name}',
      treatmentOverridden: 'Registró un tratamiento que el cuestionario desaconsejaba, autorizado por {name}',
      screeningRecorded: 'Pasó el cuestionario de una visita: {outcome}',
      screeningOutcome: {
        clear: 'apto',
        review: 'requiere revisión',
        defer: 'esperar antes de tratar',
        stop: 'no tratar'
      },
      questionnaireChanged: 'Modificó el cuestionario previo (versión {version})',
      questionnaireDefaults: 'Restauró el cuestionario previo predeterminado (versión {version})',
      consentFormChanged: 'Modificó el formulario de consentimiento (versión {version})',
      consentFormDefaults: 'Restauró el formulario de consentimiento original (versión {version})',
      consentSigned: 'Consentimiento firmado en pantalla (versión del formulario {version}); cuestionario: {outcome}; fotografías: {photos}',
      consentReprinted: 'Volvió a imprimir un consentimiento firmado, idéntico al firmado (versión del formulario {version})',
      photoConsent: {
        record: 'solo para la historia clínica',
        marketing: 'para la historia clínica y la publicidad',
        no: 'ninguna'
      },
      screeningOff: 'Desactivó el cuestionario antes de los tratamientos',
      screeningOn: 'Activó el cuestionario antes de los tratamientos',
      handout: {
        handout: 'Imprimió una hoja de cuidados',
        calendar: 'Imprimió un calendario de 14 días',
        ics: 'Guardó un archivo de calendario (.ics)'
      },
      reprint: '{what} (reimpresión)',
      prepSheet: 'Imprimió una hoja «Antes de su cita»',
      prepCalendar: 'Guardó un archivo de calendario «Antes de su cita» (.ics)',
      recallCalled: 'Llamó por la próxima sesión',
      recallCalledWith: 'Llamó por la próxima sesión: {outcome}',
      recallCsv: 'Exportó la lista de recordatorios en CSV ({rows})',
      retentionChanged: 'Fijó el plazo de conservación de los datos: {years} años desde el último tratamiento ({country})',
      retentionElsewhere: 'normas de otros países',
      countryChanged: 'Estableció el país de la clínica: {country}',
      protocolChanged: 'Modificó el protocolo de cuidados posteriores (versión {version})',
      protocolDefaults: 'Restauró el protocolo de cuidados predeterminado (versión {version})',
      clinicChanged: 'Modificó los ajustes de la clínica',
      logoChanged: 'Cambió el logotipo de la clínica',
      logoRemoved: 'Quitó el logotipo de la clínica',
      clientsCsv: 'Exportó los clientes en CSV ({rows})',
      treatmentsCsv: 'Exportó los tratamientos en CSV ({rows})',
      clientsXlsx: 'Exportó los clientes como libro de Excel ({rows})',
      treatmentsXlsx: 'Exportó los tratamientos como libro de Excel ({rows})',
      imported: 'Importó clientes desde CSV ({imported}, {duplicates}, {errors})',
      backup: 'Hizo una copia de seguridad del registro',
      restore: 'Restauró el registro desde una copia de seguridad',
      movedToServer: 'Trasladó el registro al servidor de la clínica',
      movedToThisComputer: 'Trasladó el registro a un ordenador del mostrador',
      signedIn: 'Se identificó',
      locked: 'Bloqueó el puesto',
      switched: 'Bloqueó el puesto para cambiar de persona',
      lockedIdle: 'Dejó el puesto: se bloqueó solo',
      pinWait: 'Demasiados PIN erróneos: espera de {seconds} segundos',
      staffAdded: 'Añadió una persona al personal ({role})',
      staffChanged: 'Modificó una persona del personal',
      staffInactive: 'Marcó a una persona como inactiva (ya no puede identificarse)',
      staffPin: 'Estableció un PIN nuevo',
      noSignIn: 'Desactivó la identificación: trabaja una sola persona',
      signInOn: 'El personal se identifica con PIN; el puesto se bloquea tras {minutes} minuto | El personal se identifica con PIN; el puesto se bloquea tras {minutes} minutos',
      other: '{action}: {subject}'
    },
    counts: {
      treatments: 'ningún tratamiento | 1 tratamiento | {count} tratamientos',
      handouts: 'ninguna hoja | 1 hoja | {count} hojas',
      rows: 'ninguna fila | 1 fila | {count} filas',
      imported: 'ninguno añadido | 1 añadido | {count} añadidos',
      duplicates: 'ningún duplicado | 1 duplicado omitido | {count} duplicados omitidos',
      errors: 'ningún error | 1 fila con errores | {count} filas con errores'
    },
    subjectType: {
      client: 'cliente',
      treatment: 'tratamiento',
      handout: 'hoja de cuidados',
      clinic: 'ajustes de la clínica',
      protocol: 'protocolo de cuidados',
      register: 'registro',
      staff: 'personal',
      desk: 'identificación',
      questionnaire: 'cuestionario previo',
      screening: 'cuestionario',
      consentForm: 'formulario de consentimiento',
      consent: 'consentimiento firmado',
      'prep-sheet': 'hoja de preparación',
      recall: 'recordatorio'
    }
  },
  staff: {
    roles: {
      reception: 'Recepción',
      practitioner: 'Profesional',
      owner: 'Titular'
    }
  },
  recalls: {
    outcome: { none: 'Solo se ha llamado', left_message: 'Mensaje dejado', booked: 'Cita reservada', declined: 'Ha rechazado' }
  }
} satisfies AuditLogWords
