import type { MessageSchema } from '../message-schema'

export default {
  title: 'Enregistrer une séance',
  forClient: 'pour',
  save: 'Enregistrer la séance',
  saved: 'Séance enregistrée',
  showChoices: 'Afficher les choix précédents pour {field}',
  when: {
    title: 'Quand et par qui',
    date: 'Date',
    time: 'Heure',
    timeZone: 'Date et heure selon l’horloge de cet ordinateur ({zone}).',
    practitioner: 'Praticien',
    device: 'Appareil'
  },
  zones: {
    title: 'Zones et profondeur des aiguilles',
    zone: 'Zone',
    depth: 'Profondeur des aiguilles',
    unit: 'mm',
    choose: 'Choisissez une zone',
    zoneOfRow: 'Zone, ligne {row}',
    depthOfRow: 'Profondeur des aiguilles en millimètres, ligne {row}',
    remove: 'Supprimer la ligne {row}',
    add: 'Ajouter une zone'
  },
  deepest: {
    label: 'Maximale :',
    why: '— elle détermine les soins post-séance',
    pending: 'Saisissez les profondeurs : la plus grande détermine les soins post-séance.'
  },
  details: {
    title: 'Détails',
    concerns: 'Indications traitées',
    products: 'Produits',
    productsPlaceholder: 'Sérums ou soins topiques appliqués',
    session: 'Numéro de séance',
    notes: 'Notes',
    notesPlaceholder: 'Réaction de la peau, points à suivre…'
  }
} satisfies MessageSchema['treatmentForm']
