import type { MessageSchema } from '../message-schema'

export default {
  actions: {
    label: 'Hoja de cuidados',
    language: 'Idioma de la hoja de cuidados',
    preview: 'Vista previa',
    print: 'Imprimir hoja',
    save: 'Guardar',
    savePdf: 'Guardar PDF…',
    saveCalendar: 'Guardar calendario de 14 días en PDF…',
    saveIcs: 'Guardar calendario (.ics)…'
  },
  kind: {
    handout: 'Hoja de cuidados',
    calendar: 'Calendario de 14 días',
    ics: 'Archivo de calendario (.ics)'
  },
  givenBy: 'Entregada por',
  saved: 'Guardado',
  frontDesk: 'Recepción',
  failed: {
    preview: 'No se ha podido mostrar la hoja de cuidados',
    print: 'No se ha podido imprimir la hoja de cuidados',
    save: 'No se ha podido guardar el archivo'
  },
  log: {
    title: 'Hojas entregadas',
    empty: 'Aún no se ha entregado nada. Aquí aparecen las hojas que imprima, previsualice o guarde.',
    given: '{when} por {by}',
    reprint: {
      identical: 'reimpresión, idéntica al original',
      'current layout': 'reimpresión, mismos textos y fechas con el diseño actual'
    },
    reprintAction: 'Reimprimir',
    reprintLabel: 'Reimprimir {what} del {when}'
  },
  printAll: {
    action: 'Imprimir todas las hojas',
    progressLabel: 'Preparando las hojas',
    progress: '{done} de {total}',
    fileName: 'hojas-de-cuidados'
  }
} satisfies MessageSchema['handouts']
