import type { MessageSchema } from '../message-schema'

export default {
  title: 'Registrar tratamiento',
  forClient: 'de',
  save: 'Guardar tratamiento',
  saved: 'Tratamiento registrado',
  showChoices: 'Mostrar opciones anteriores de {field}',
  when: {
    title: 'Cuándo y quién',
    date: 'Fecha',
    time: 'Hora',
    timeZone: 'Fecha y hora según el reloj de este ordenador ({zone}).',
    practitioner: 'Profesional',
    device: 'Dispositivo'
  },
  zones: {
    title: 'Zonas y profundidad de la aguja',
    zone: 'Zona',
    depth: 'Profundidad de la aguja',
    unit: 'mm',
    choose: 'Elija una zona',
    zoneOfRow: 'Zona, fila {row}',
    depthOfRow: 'Profundidad de la aguja en milímetros, fila {row}',
    remove: 'Quitar la fila {row}',
    add: 'Añadir zona'
  },
  deepest: {
    label: 'Máxima:',
    why: '— determina los cuidados posteriores',
    pending: 'Introduzca las profundidades de la aguja: la mayor determina los cuidados posteriores.'
  },
  details: {
    title: 'Detalles',
    concerns: 'Indicaciones tratadas',
    products: 'Productos',
    productsPlaceholder: 'Sérums o productos tópicos aplicados',
    session: 'Número de sesión',
    notes: 'Notas',
    notesPlaceholder: 'Cómo ha respondido la piel, qué hay que revisar…'
  }
} satisfies MessageSchema['treatmentForm']
