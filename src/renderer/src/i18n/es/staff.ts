import { AUDIT_LOG_WORDS_ES } from '@shared/audit/audit-log-words/es'
import type { MessageSchema } from '../message-schema'

/** Settings → Staff: the people who sign in, and how the desk is locked. */
export default {
  doctor: 'Médico',
  doctorHint: 'Un médico puede, como el titular, autorizar una visita que el cuestionario desaconsejó, con un motivo por escrito.',
  title: 'Personal',
  subtitle: 'Las personas que usan este puesto, qué puede hacer cada una y cuándo se bloquea el puesto.',
  clinicSettings: 'Ajustes de la clínica',
  link: 'Personal',
  roles: AUDIT_LOG_WORDS_ES.staff.roles,
  roleHints: {
    reception: 'Registro, clientes, tratamientos, hojas de cuidados y Hoy.',
    practitioner: 'Como recepción, y además puede cambiar las zonas y profundidades de un tratamiento.',
    owner: 'Todo: ajustes, personal, protocolo, copias de seguridad, exportaciones y registro de auditoría.'
  },
  access: {
    title: 'Identificación',
    signIn: 'El personal se identifica con un PIN',
    signInHint: 'Cada persona pulsa su nombre y escribe su PIN. Desactivado: nadie se identifica y todos pueden hacerlo todo en el puesto.',
    minutes: 'Bloquear tras (minutos)',
    minutesHint: 'El puesto se bloquea solo tras estos minutos sin uso. De 1 a 60.',
    save: 'Guardar',
    saved: 'Ajustes de identificación guardados',
    turnOn: {
      header: '¿Activar la identificación?',
      message: 'En cuanto se guarde, el puesto se bloquea y cada persona entra con su propio PIN, usted también. Asegúrese de conocer el PIN del titular.',
      confirm: 'Activar y bloquear'
    },
    turnOff: {
      header: '¿Desactivar la identificación?',
      message: 'Nadie se identificará y el puesto no se bloqueará nunca: cualquiera en el puesto podrá hacer todo lo que puede hacer el titular y leer las notas de todos los clientes.',
      confirm: 'Desactivar la identificación'
    }
  },
  list: {
    title: 'Personas',
    label: 'Personal',
    name: 'Nombre',
    role: 'Función',
    status: 'Estado',
    actions: 'Acciones',
    active: 'Activo',
    inactive: 'Inactivo',
    none: 'Todavía nadie. Añada primero al titular y después a los demás.',
    edit: 'Editar',
    editLabel: 'Editar a {name}',
    newPin: 'Nuevo PIN',
    newPinLabel: 'Nuevo PIN para {name}'
  },
  add: {
    title: 'Añadir una persona',
    name: 'Nombre',
    role: 'Función',
    pin: 'PIN',
    pinHint: 'De 4 a 8 cifras. Comuníqueselo a la persona; puede pedirle uno nuevo en cualquier momento.',
    pinAgain: 'Repita el PIN',
    submit: 'Añadir al personal',
    added: '{name} se ha añadido al personal'
  },
  edit: {
    title: 'Editar a {name}',
    active: 'Puede identificarse',
    activeHint: 'Quien se ha ido se marca como inactivo, nunca se borra: el registro de auditoría y sus tratamientos conservan su nombre.',
    save: 'Guardar',
    saved: '{name} guardado'
  },
  pin: {
    title: 'Nuevo PIN para {name}',
    pin: 'Nuevo PIN',
    pinAgain: 'Repita el nuevo PIN',
    save: 'Establecer el nuevo PIN',
    saved: 'Nuevo PIN establecido para {name}'
  },
  pinsDiffer: 'Los dos PIN no coinciden. Escriba el mismo PIN dos veces.'
} satisfies MessageSchema['staff']
