import type { MessageSchema } from '../message-schema'

export default {
  newTitle: 'Nuevo cliente',
  editTitle: 'Editar cliente',
  subtitle: 'Ahora solo hace falta el nombre; el resto puede añadirse más tarde.',
  givenName: 'Nombre',
  familyName: 'Apellidos',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  language: 'Idioma de la hoja de cuidados',
  languageHint: 'Las hojas de cuidados de este cliente se imprimen en este idioma.',
  skinType: 'Fototipo (Fitzpatrick)',
  skinTypeUnknown: 'Sin valorar',
  notes: 'Notas',
  notesPlaceholder: 'Alergias, contraindicaciones, medicación, preferencias…',
  addClient: 'Añadir cliente',
  saveChanges: 'Guardar cambios',
  added: '{name} se ha añadido al registro',
  savedChanges: 'Se han guardado los cambios de {name}',
  conflict: {
    title: 'Guardado en otro puesto mientras usted editaba',
    field: 'Dato',
    theirs: 'Guardado en el otro puesto',
    mine: 'El suyo, aún sin guardar',
    same: 'Los datos guardados allí son iguales a los suyos.',
    keepMine: 'Guardar los míos',
    takeTheirs: 'Usar los del otro puesto'
  },
  dateOfBirth: {
    label: 'Fecha de nacimiento',
    hint: 'Escríbala como {pattern} o AAAA-MM-DD.',
    understoodAs: 'Entendido como {date} ({age} años)',
    unreadable: 'Escriba la fecha de nacimiento como {pattern} o AAAA-MM-DD, con el año completo.',
    pattern: {
      'day-first': 'DD/MM/AAAA',
      'month-first': 'MM/DD/AAAA',
      'year-first': 'AAAA-MM-DD'
    }
  }
} satisfies MessageSchema['clientForm']
