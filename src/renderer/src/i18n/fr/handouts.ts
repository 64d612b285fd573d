import type { MessageSchema } from '../message-schema'

export default {
  actions: {
    label: 'Fiche de soins',
    language: 'Langue de la fiche de soins',
    preview: 'Aperçu',
    print: 'Imprimer la fiche',
    save: 'Enregistrer',
    savePdf: 'Enregistrer en PDF…',
    saveCalendar: 'Enregistrer le calendrier de 14 jours en PDF…',
    saveIcs: 'Enregistrer le calendrier (.ics)…'
  },
  kind: {
    handout: 'Fiche de soins',
    calendar: 'Calendrier de 14 jours',
    ics: 'Fichier de calendrier (.ics)'
  },
  givenBy: 'Remise par',
  saved: 'Enregistré',
  frontDesk: 'Accueil',
  failed: {
    preview: 'La fiche de soins n’a pas pu être affichée',
    print: 'La fiche de soins n’a pas pu être imprimée',
    save: 'Le fichier n’a pas pu être enregistré'
  },
  log: {
    title: 'Fiches remises',
    empty: 'Rien n’a encore été remis. Les fiches que vous imprimez, affichez ou enregistrez apparaissent ici.',
    given: '{when} par {by}',
    reprint: {
      identical: 'réimpression, identique à l’original',
      'current layout': 'réimpression, mêmes textes et dates dans la mise en page actuelle'
    },
    reprintAction: 'Réimprimer',
    reprintLabel: 'Réimprimer : {what} du {when}'
  },
  printAll: {
    action: 'Imprimer toutes les fiches',
    progressLabel: 'Préparation des fiches',
    progress: '{done} sur {total}',
    fileName: 'fiches-de-soins'
  }
} satisfies MessageSchema['handouts']
