import type { MessageSchema } from '../message-schema'

export default {
  title: 'Aujourd’hui',
  count: 'aucune séance pour l’instant | 1 séance | {count} séances',
  emptyTitle: 'Aucune séance enregistrée aujourd’hui',
  emptyText: 'Les séances que vous enregistrez aujourd’hui s’affichent ici, la plus récente en premier.',
  deepest: 'Maximale',
  practitioner: 'Praticien',
  noPractitioner: 'Non renseigné'
} satisfies MessageSchema['today']
