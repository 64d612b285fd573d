import type { MessageSchema } from '../message-schema'

export default {
  title: 'Heute',
  count: 'noch keine Behandlungen | 1 Behandlung | {count} Behandlungen',
  emptyTitle: 'Heute noch keine Behandlungen erfasst',
  emptyText: 'Behandlungen, die Sie heute erfassen, erscheinen hier, die neueste zuerst.',
  deepest: 'Tiefste',
  practitioner: 'Behandler/in',
  noPractitioner: 'Nicht erfasst'
} satisfies MessageSchema['today']
