import type { MessageSchema } from '../message-schema'

export default {
  title: 'Registre',
  showArchived: 'Afficher les clients archivés',
  listLabel: 'Clients',
  search: {
    label: 'Rechercher un client',
    placeholder: 'Rechercher par nom, téléphone, e-mail ou date de naissance'
  },
  summary: {
    browsing: 'Aucun client à afficher | 1 client, les plus récemment actifs en premier | {count} clients, les plus récemment actifs en premier',
    searching: 'Recherche…',
    matches: 'Aucun client ne correspond à « {query} » | 1 client correspond à « {query} » | {count} clients correspondent à « {query} »',
    truncated: 'Les {limit} meilleurs résultats sont affichés : précisez votre saisie pour affiner la recherche'
  },
  columns: {
    name: 'Nom',
    dateOfBirth: 'Date de naissance',
    phone: 'Téléphone',
    lastActivity: 'Dernière activité'
  },
  row: {
    dateOfBirth: '{date} ({age})',
    archived: 'Archivé'
  },
  noMatches: {
    title: 'Aucun client ne correspond à « {query} »',
    text: 'Vérifiez l’orthographe, ou essayez un numéro de téléphone ou une date de naissance. Les accents n’ont pas d’importance : « zoe » trouve « Zoë ».',
    addClient: 'Ajouter un nouveau client'
  },
  welcome: {
    title: 'Bienvenue dans Aftercare Desk',
    text: 'Le registre est vide. Ajoutez votre premier client pour commencer à enregistrer des séances et à imprimer les conseils post-séance.',
    addFirstClient: 'Ajouter votre premier client',
    privacy: 'Tout est conservé sur cet ordinateur.'
  }
} satisfies MessageSchema['register']
