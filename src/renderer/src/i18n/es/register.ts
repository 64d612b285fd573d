import type { MessageSchema } from '../message-schema'

export default {
  title: 'Registro',
  showArchived: 'Mostrar clientes archivados',
  listLabel: 'Clientes',
  search: {
    label: 'Buscar un cliente',
    placeholder: 'Busque por nombre, teléfono, correo o fecha de nacimiento'
  },
  summary: {
    browsing: 'No hay clientes que mostrar | 1 cliente, los de actividad más reciente primero | {count} clientes, los de actividad más reciente primero',
    searching: 'Buscando…',
    matches: 'Ningún cliente coincide con «{query}» | 1 cliente coincide con «{query}» | {count} clientes coinciden con «{query}»',
    truncated: 'Se muestran las {limit} mejores coincidencias: escriba más para acotar la búsqueda'
  },
  columns: {
    name: 'Nombre',
    dateOfBirth: 'Fecha de nacimiento',
    phone: 'Teléfono',
    lastActivity: 'Última actividad'
  },
  row: {
    dateOfBirth: '{date} ({age})',
    archived: 'Archivado'
  },
  noMatches: {
    title: 'Ningún cliente coincide con «{query}»',
    text: 'Revise la ortografía o pruebe con un teléfono o una fecha de nacimiento. Los acentos dan igual: «zoe» encuentra «Zoë».',
    addClient: 'Añadir un cliente nuevo'
  },
  welcome: {
    title: 'Bienvenido a Aftercare Desk',
    text: 'El registro está vacío. Añada su primer cliente para empezar a registrar tratamientos e imprimir las recomendaciones posteriores.',
    addFirstClient: 'Añadir su primer cliente',
    privacy: 'Todo se guarda en este ordenador.'
  }
} satisfies MessageSchema['register']
