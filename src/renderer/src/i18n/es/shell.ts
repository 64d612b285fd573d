import type { MessageSchema } from '../message-schema'

export default {
  nav: {
    label: 'Principal',
    register: 'Registro',
    today: 'Hoy',
    newClient: 'Nuevo cliente',
    settings: 'Ajustes',
    data: 'Datos y privacidad'
  },
  titles: {
    register: 'Registro',
    client: 'Cliente',
    newClient: 'Nuevo cliente',
    editClient: 'Editar cliente',
    recordTreatment: 'Registrar tratamiento',
    today: 'Hoy',
    settings: 'Ajustes de la clínica',
    protocol: 'Protocolo de cuidados posteriores',
    screeningEditor: 'Cuestionario previo',
    registerLocation: 'Ubicación del registro',
    staff: 'Personal',
    data: 'Datos y privacidad',
    audit: 'Registro de auditoría'
  },
  unreachable: {
    title: 'No se puede acceder al registro.',
    text: 'Si está en el servidor de la clínica, compruebe el cable de red o consulte a su soporte informático. Lo que escriba se queda en pantalla, y lo que haya pedido guardar se guardará en cuanto el registro vuelva a responder.'
  }
} satisfies MessageSchema['shell']
