import type { MessageSchema } from '../message-schema'

export default {
  newTitle: 'Nouveau client',
  editTitle: 'Modifier le client',
  subtitle: 'Seul le nom est nécessaire pour l’instant ; le reste peut être ajouté plus tard.',
  givenName: 'Prénom',
  familyName: 'Nom de famille',
  phone: 'Téléphone',
  email: 'E-mail',
  language: 'Langue de la fiche de soins',
  languageHint: 'Les fiches de soins de ce client sont imprimées dans cette langue.',
  skinType: 'Phototype (Fitzpatrick)',
  skinTypeUnknown: 'Non évalué',
  notes: 'Notes',
  notesPlaceholder: 'Allergies, contre-indications, traitements, préférences…',
  addClient: 'Ajouter le client',
  saveChanges: 'Enregistrer les modifications',
  added: '{name} a été ajouté au registre',
  savedChanges: 'Les modifications de {name} ont été enregistrées',
  conflict: {
    title: 'Enregistré sur un autre poste pendant votre saisie',
    field: 'Information',
    theirs: 'Enregistré sur l’autre poste',
    mine: 'Votre saisie, pas encore enregistrée',
    same: 'Les informations enregistrées là-bas sont identiques aux vôtres.',
    keepMine: 'Enregistrer ma version',
    takeTheirs: 'Reprendre l’autre version'
  },
  dateOfBirth: {
    label: 'Date de naissance',
    hint: 'Saisissez-la sous la forme {pattern} ou AAAA-MM-JJ.',
    understoodAs: 'Compris comme le {date} ({age} ans)',
    unreadable: 'Saisissez la date de naissance sous la forme {pattern} ou AAAA-MM-JJ, avec l’année complète.',
    pattern: {
      'day-first': 'JJ/MM/AAAA',
      'month-first': 'MM/JJ/AAAA',
      'year-first': 'AAAA-MM-JJ'
    }
  }
} satisfies MessageSchema['clientForm']
