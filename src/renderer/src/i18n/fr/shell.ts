import type { MessageSchema } from '../message-schema'

export default {
  nav: {
    label: 'Principal',
    register: 'Registre',
    today: 'Aujourd’hui',
    newClient: 'Nouveau client',
    settings: 'Paramètres',
    data: 'Données et confidentialité'
  },
  titles: {
    register: 'Registre',
    client: 'Client',
    newClient: 'Nouveau client',
    editClient: 'Modifier le client',
    recordTreatment: 'Enregistrer une séance',
    today: 'Aujourd’hui',
    settings: 'Paramètres du cabinet',
    protocol: 'Protocole de soins post-séance',
    screeningEditor: 'Questionnaire préalable',
    registerLocation: 'Emplacement du registre',
    staff: 'Équipe',
    data: 'Données et confidentialité',
    audit: 'Journal d’audit'
  },
  unreachable: {
    title: 'Le registre est inaccessible.',
    text: 'S’il se trouve sur le serveur du cabinet, vérifiez le câble réseau ou contactez votre support informatique. Votre saisie reste à l’écran, et tout enregistrement demandé sera effectué dès que le registre répondra de nouveau.'
  }
} satisfies MessageSchema['shell']
