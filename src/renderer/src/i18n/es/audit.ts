import { AUDIT_LOG_WORDS_ES } from '@shared/audit/audit-log-words/es'
import type { MessageSchema } from '../message-schema'

/** The audit log viewer. */
export default {
  title: 'Registro de auditoría',
  back: 'Datos y privacidad',
  intro: 'Quién hizo qué en el registro, lo más reciente primero. El registro de auditoría no contiene datos personales: solo qué se hizo y sobre qué ficha.',
  count: 'Ninguna entrada | 1 entrada | {count} entradas',
  capped: 'Se muestran las últimas {count} entradas',
  loadMore: 'Mostrar {count} más',
  filters: {
    label: 'Filtrar el registro',
    since: 'Desde',
    sincePlaceholder: 'Cualquier fecha',
    action: 'Qué se hizo',
    anyAction: 'Cualquier cosa',
    client: 'Sobre',
    allClients: 'Mostrar a todos',
    person: 'Quién',
    anyone: 'Todos'
  },
  columns: {
    when: 'Cuándo',
    who: 'Quién',
    desk: 'Ordenador',
    what: 'Qué',
    subject: 'Sobre'
  },
  tableLabel: 'Entradas del registro de auditoría',
  emptyTitle: 'Nada en el registro coincide',
  emptyText: 'Pruebe con una fecha anterior o con otro tipo de acción.',
  erasedClient: 'Cliente suprimido',
  clientRecord: 'Ficha de cliente',
  subject: {
    clinic: 'Ajustes de la clínica',
    protocol: 'Protocolo de cuidados posteriores',
    questionnaire: 'Cuestionario previo',
    consentForm: 'Formulario de consentimiento',
    register: 'Todo el registro',
    desk: 'Identificación',
    formerStaff: 'Una persona del personal'
  },
  // What each entry says, shared with main (src/shared/audit/audit-log-words).
  ...AUDIT_LOG_WORDS_ES.audit
} satisfies MessageSchema['audit']
