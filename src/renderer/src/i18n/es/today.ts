import type { MessageSchema } from '../message-schema'

export default {
  title: 'Hoy',
  count: 'aún no hay tratamientos | 1 tratamiento | {count} tratamientos',
  emptyTitle: 'Aún no se ha registrado ningún tratamiento hoy',
  emptyText: 'Los tratamientos que registre hoy aparecen aquí, el más reciente primero.',
  deepest: 'Máxima',
  practitioner: 'Profesional',
  noPractitioner: 'Sin registrar'
} satisfies MessageSchema['today']
