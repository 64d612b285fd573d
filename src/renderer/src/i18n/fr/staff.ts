import { AUDIT_LOG_WORDS_FR } from '@shared/audit/audit-log-words/fr'
import type { MessageSchema } from '../message-schema'

/** Settings → Staff: the people who sign in, and how the desk is locked. */
export default {
  doctor: 'Médecin',
  doctorHint: 'Un médecin peut, comme le responsable, autoriser une visite déconseillée par le questionnaire, avec un motif écrit.',
  title: 'Équipe',
  subtitle: 'Les personnes qui utilisent ce poste, ce que chacune peut faire, et quand le poste se verrouille.',
  clinicSettings: 'Paramètres du cabinet',
  link: 'Équipe',
  roles: AUDIT_LOG_WORDS_FR.staff.roles,
  roleHints: {
    reception: 'Registre, clients, séances, fiches de soins et Aujourd’hui.',
    practitioner: 'Comme l’accueil, et peut modifier les zones et profondeurs d’une séance.',
    owner: 'Tout : paramètres, équipe, protocole, sauvegardes, exports et journal d’audit.'
  },
  access: {
    title: 'Connexion',
    signIn: 'L’équipe se connecte avec un code PIN',
    signInHint: 'Chacun touche son nom et saisit son code PIN. Désactivé : personne ne se connecte, et tout le monde au poste peut tout faire.',
    minutes: 'Verrouiller après (minutes)',
    minutesHint: 'Le poste se verrouille après ce nombre de minutes sans utilisation. De 1 à 60.',
    save: 'Enregistrer',
    saved: 'Paramètres de connexion enregistrés',
    turnOn: {
      header: 'Activer la connexion ?',
      message: 'Dès l’enregistrement, le poste se verrouille et chacun se connecte avec son propre code PIN, vous compris. Assurez-vous de connaître le code PIN du responsable.',
      confirm: 'Activer et verrouiller'
    },
    turnOff: {
      header: 'Désactiver la connexion ?',
      message: 'Personne ne se connectera et le poste ne se verrouillera jamais : toute personne au poste pourra faire tout ce que fait le responsable et lire les notes de chaque client.',
      confirm: 'Désactiver la connexion'
    }
  },
  list: {
    title: 'Personnes',
    label: 'Équipe',
    name: 'Nom',
    role: 'Rôle',
    status: 'Statut',
    actions: 'Actions',
    active: 'Actif',
    inactive: 'Inactif',
    none: 'Personne pour l’instant. Ajoutez d’abord le responsable, puis les autres.',
    edit: 'Modifier',
    editLabel: 'Modifier {name}',
    newPin: 'Nouveau code PIN',
    newPinLabel: 'Nouveau code PIN pour {name}'
  },
  add: {
    title: 'Ajouter une personne',
    name: 'Nom',
    role: 'Rôle',
    pin: 'Code PIN',
    pinHint: '4 à 8 chiffres. Communiquez-le à la personne ; elle peut vous en demander un nouveau à tout moment.',
    pinAgain: 'Confirmez le code PIN',
    submit: 'Ajouter à l’équipe',
    added: '{name} a été ajouté à l’équipe'
  },
  edit: {
    title: 'Modifier {name}',
    active: 'Peut se connecter',
    activeHint: 'Une personne partie est rendue inactive, jamais supprimée : le journal d’audit et ses séances conservent son nom.',
    save: 'Enregistrer',
    saved: '{name} enregistré'
  },
  pin: {
    title: 'Nouveau code PIN pour {name}',
    pin: 'Nouveau code PIN',
    pinAgain: 'Confirmez le nouveau code PIN',
    save: 'Définir le nouveau code PIN',
    saved: 'Nouveau code PIN défini pour {name}'
  },
  pinsDiffer: 'Les deux codes PIN sont différents. Saisissez deux fois le même code PIN.'
} satisfies MessageSchema['staff']
