import type { MessageSchema } from '../message-schema'

export default {
  panel: {
    title: 'Questionnaire avant l’aiguille',
    intro: 'Posez les questions du questionnaire de la visite du jour avant d’enregistrer la séance.',
    start: 'Faire le questionnaire',
    again: 'Refaire le questionnaire',
    backEntered: 'Saisie après la visite : aucun questionnaire n’est demandé et la séance est signalée comme saisie a posteriori.',
    notRequired: 'Le cabinet a désactivé le questionnaire : la séance est enregistrée sans.',
    needsZones: 'Choisissez d’abord les zones : le questionnaire les compare aux séances précédentes.',
    answeredBy: 'Questionnaire fait par {name} à {time}, version {version}',
    notBefore: 'Pas avant le {date}',
    moveVisit: 'Proposez au client une date à partir du {date}, et quittez sans enregistrer.',
    leave: 'Quitter sans enregistrer',
    review: {
      title: 'Un praticien examine cette visite',
      by: 'Examinée par',
      reason: 'Pourquoi la séance peut avoir lieu'
    },
    override: {
      title: 'Procéder malgré tout',
      explain: 'Seul le responsable du cabinet ou un médecin peut autoriser cette visite, avec son nom et un motif écrit.',
      notYours: 'Seul le responsable du cabinet ou un médecin peut autoriser cette visite. Proposez une autre date au client.',
      by: 'Décision de',
      signedIn: 'Décision de {name}, connecté à ce poste',
      reason: 'Pourquoi la séance peut avoir lieu (par exemple, le courrier du médecin)',
      choose: 'J’autorise cette visite'
    }
  },
  outcome: {
    clear: 'Séance possible',
    review: 'Avis d’un praticien nécessaire',
    defer: 'Attendre avant la séance',
    stop: 'Pas de séance aujourd’hui'
  },
  fromRegister: 'D’après le registre',
  dialog: {
    title: 'Questionnaire de {name}',
    askAloud: 'Posez à voix haute les questions marquées « À poser à voix haute » : les clients cochent souvent « non » partout.',
    askAloudTag: 'À poser à voix haute',
    radiofrequency: '{device} utilise la radiofréquence : ses questions sont incluses.',
    yes: 'Oui',
    no: 'Non',
    never: 'Jamais, ou il y a plus d’un an',
    lastTime: 'Dernière fois',
    unanswered: 'Répondez à toutes les questions : il en reste {count}. | Répondez à toutes les questions : il en reste 1. | Répondez à toutes les questions : il en reste {count}.',
    check: 'Vérifier les réponses',
    cancel: 'Annuler'
  },
  treatment: {
    label: 'Questionnaire',
    backEntered: 'Aucun : saisie après la visite, ou enregistrée questionnaire désactivé',
    decided: '{outcome} : autorisée par {name} ({reason})'
  }
} satisfies MessageSchema['screening']
