import type { MessageSchema } from '../message-schema'

export default {
  appName: 'Aftercare Desk',
  yes: 'Oui',
  no: 'Non',
  cancel: 'Annuler',
  optional: 'facultatif',
  notesCounter: '{count} / {max} caractères',
  millimetres: '{depth} mm',
  translatedText: {
    emptyUsesEnglish: 'Laissé vide, le poste affiche le texte anglais.',
    checkTranslations: 'Vous avez modifié l’anglais ? Vérifiez que l’espagnol, le français et l’allemand disent toujours la même chose.'
  },
  errors: {
    checkForm: 'Veuillez vérifier le formulaire',
    notFound: 'Introuvable',
    busy: 'Le registre est occupé',
    unavailable: 'Le registre est inaccessible',
    fileUnavailable: 'Le fichier n’a pas pu être enregistré',
    forbidden: 'Non autorisé',
    signedOut: 'Déconnecté',
    conflict: 'Modifié sur un autre poste',
    unexpected: 'Un problème est survenu',
    tryAgain: 'Rien n’a été modifié. Veuillez réessayer ; si le problème persiste, contactez votre support informatique.'
  },
  waitingToSave: 'Le registre est inaccessible : ceci n’est donc pas encore enregistré. Votre saisie est conservée et sera enregistrée dès que le registre répondra de nouveau.',
  leave: {
    title: 'Quitter sans enregistrer ?',
    message: 'Ce que vous avez saisi dans ce formulaire n’est pas encore enregistré.',
    stay: 'Continuer la saisie',
    leave: 'Quitter sans enregistrer'
  },
  picker: {
    today: 'Aujourd’hui',
    clear: 'Effacer',
    chooseDate: 'Choisissez une date',
    chooseMonth: 'Choisissez un mois',
    chooseYear: 'Choisissez une année',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    previousDecade: 'Décennie précédente',
    nextDecade: 'Décennie suivante',
    previousHour: 'Heure précédente',
    nextHour: 'Heure suivante',
    previousMinute: 'Minute précédente',
    nextMinute: 'Minute suivante',
    noOptions: 'Rien à choisir pour l’instant',
    noMatches: 'Aucune correspondance ; votre saisie sera utilisée',
    noChoiceMatches: 'Rien dans la liste ne correspond à votre saisie'
  },
  screenReader: {
    close: 'Fermer',
    previous: 'Précédent',
    next: 'Suivant',
    optionList: 'Liste des options',
    results: '{count} résultats disponibles',
    selected: '{count} éléments sélectionnés',
    noneSelected: 'Aucune sélection'
  }
} satisfies MessageSchema['common']
