import type { MessageSchema } from '../message-schema'

export default {
  appName: 'Aftercare Desk',
  yes: 'Sí',
  no: 'No',
  cancel: 'Cancelar',
  optional: 'opcional',
  notesCounter: '{count} / {max} caracteres',
  millimetres: '{depth} mm',
  translatedText: {
    emptyUsesEnglish: 'Si lo deja vacío, el puesto muestra el texto en inglés.',
    checkTranslations: '¿Ha cambiado el inglés? Compruebe que el español, el francés y el alemán siguen diciendo lo mismo.'
  },
  errors: {
    checkForm: 'Revise el formulario',
    notFound: 'No se ha encontrado',
    busy: 'El registro está ocupado',
    unavailable: 'No se ha podido acceder al registro',
    fileUnavailable: 'No se ha podido guardar el archivo',
    forbidden: 'No permitido',
    signedOut: 'Sesión cerrada',
    conflict: 'Modificado en otro puesto',
    unexpected: 'Algo ha salido mal',
    tryAgain: 'No se ha cambiado nada. Vuelva a intentarlo; si sigue ocurriendo, contacte con su soporte informático.'
  },
  waitingToSave: 'No se puede acceder al registro, así que esto aún no se ha guardado. Lo que ha escrito se conserva y se guardará en cuanto el registro vuelva a responder.',
  leave: {
    title: '¿Salir sin guardar?',
    message: 'Lo que ha escrito en este formulario aún no se ha guardado.',
    stay: 'Seguir editando',
    leave: 'Salir sin guardar'
  },
  picker: {
    today: 'Hoy',
    clear: 'Borrar',
    chooseDate: 'Elija una fecha',
    chooseMonth: 'Elija un mes',
    chooseYear: 'Elija un año',
    previousMonth: 'Mes anterior',
    nextMonth: 'Mes siguiente',
    previousYear: 'Año anterior',
    nextYear: 'Año siguiente',
    previousDecade: 'Década anterior',
    nextDecade: 'Década siguiente',
    previousHour: 'Hora anterior',
    nextHour: 'Hora siguiente',
    previousMinute: 'Minuto anterior',
    nextMinute: 'Minuto siguiente',
    noOptions: 'Todavía no hay nada para elegir',
    noMatches: 'Ninguna coincidencia; se usará lo que ha escrito',
    noChoiceMatches: 'Nada de la lista coincide con lo que ha escrito'
  },
  screenReader: {
    close: 'Cerrar',
    previous: 'Anterior',
    next: 'Siguiente',
    optionList: 'Lista de opciones',
    results: 'Hay {count} resultados disponibles',
    selected: '{count} elementos seleccionados',
    noneSelected: 'Nada seleccionado'
  }
} satisfies MessageSchema['common']
