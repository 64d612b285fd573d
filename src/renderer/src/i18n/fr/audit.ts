import { AUDIT_LOG_WORDS_FR } from '@shared/audit/audit-log-words/fr'
import type { MessageSchema } from '../message-schema'

/** The audit log viewer. */
export default {
  title: 'Journal d’audit',
  back: 'Données et confidentialité',
  intro: 'Qui a fait quoi dans le registre, du plus récent au plus ancien. Le journal ne contient aucune donnée personnelle : seulement ce qui a été fait, et sur quel dossier.',
  count: 'Aucune entrée | 1 entrée | {count} entrées',
  capped: 'Les {count} dernières entrées sont affichées',
  loadMore: 'Afficher {count} de plus',
  filters: {
    label: 'Filtrer le journal',
    since: 'Depuis le',
    sincePlaceholder: 'Toute date',
    action: 'Action',
    anyAction: 'Toutes',
    client: 'Concernant',
    allClients: 'Afficher tout le monde',
    person: 'Qui',
    anyone: 'Tout le monde'
  },
  columns: {
    when: 'Quand',
    who: 'Qui',
    desk: 'Ordinateur',
    what: 'Quoi',
    subject: 'Concernant'
  },
  tableLabel: 'Entrées du journal d’audit',
  emptyTitle: 'Aucune entrée ne correspond',
  emptyText: 'Essayez une date antérieure, ou un autre type d’action.',
  erasedClient: 'Client effacé',
  clientRecord: 'Dossier client',
  subject: {
    clinic: 'Paramètres du cabinet',
    protocol: 'Protocole de soins post-séance',
    questionnaire: 'Questionnaire préalable',
    consentForm: 'Formulaire de consentement',
    register: 'Tout le registre',
    desk: 'Connexion',
    formerStaff: 'Une personne de l’équipe'
  },
  // What each entry says, shared with main (src/shared/audit/audit-log-words).
  ...AUDIT_LOG_WORDS_FR.audit
} satisfies MessageSchema['audit']
