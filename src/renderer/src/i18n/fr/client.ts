import type { MessageSchema } from '../message-schema'

export default {
  summary: 'Client depuis le {since} · aucune séance pour l’instant | Client depuis le {since} · 1 séance | Client depuis le {since} · {count} séances',
  edit: 'Modifier',
  recordTreatment: 'Enregistrer une séance',
  archivedTag: 'Archivé',
  archivedNotice: 'Ce client est archivé : il n’apparaît ni dans le registre ni dans les recherches tant que vous ne le désarchivez pas.',
  details: {
    title: 'Informations',
    dateOfBirth: 'Date de naissance',
    dateOfBirthWithAge: '{date} ({age} ans)',
    phone: 'Téléphone',
    phoneUnreadable: 'Ce numéro n’a pas pu être lu : vérifiez-le avec le client et corrigez-le avec « Modifier ».',
    email: 'E-mail',
    skinType: 'Phototype (Fitzpatrick)',
    language: 'Langue de la fiche de soins',
    clientSince: 'Client depuis le',
    notes: 'Notes',
    notGiven: 'Non renseigné'
  },
  notes: {
    alertTitle: 'À lire avant la séance : allergies ou contre-indications signalées',
    // Word beginnings that make the notes a warning, comma-separated: French and English, since notes may be in either.
    alertWords:
      'allerg, contre-indic, contreindic, anaphyla, intoléran, intoleran, enceinte, grossesse, allait, isotrétinoïne, isotretinoin, roaccutane, curacné, chéloïde, keloid, anticoagul, warfarin, previscan, bouton de fièvre, herpès, herpes, eczéma, eczema, psoriasis, diabet, diabèt, contraindicat, pregnan, breastfeed, blood thinner, cold sore'
  },
  history: {
    title: 'Historique des séances',
    emptyTitle: 'Aucune séance pour l’instant',
    emptyText: 'Les séances que vous enregistrez pour ce client s’affichent ici, la plus récente en premier.',
    dateAndTime: '{date} à {time}',
    timeInZone: '{time} (heure de {zone})',
    deepest: 'Maximale',
    practitioner: 'Praticien',
    device: 'Appareil',
    session: 'Séance',
    concerns: 'Indications',
    products: 'Produits',
    notes: 'Notes'
  },
  archive: {
    action: 'Archiver',
    confirmTitle: 'Archiver {name} ?',
    confirmMessage:
      'Ce client n’apparaîtra plus dans le registre ni dans les recherches. Ses informations et ses séances sont conservées, et vous pouvez le désarchiver à tout moment.',
    confirm: 'Archiver',
    done: '{name} a été archivé'
  },
  unarchive: {
    action: 'Désarchiver',
    confirmTitle: 'Désarchiver {name} ?',
    confirmMessage: 'Ce client apparaîtra de nouveau dans le registre et dans les recherches.',
    confirm: 'Désarchiver',
    done: '{name} est de retour dans le registre'
  },
  privacy: {
    title: 'Confidentialité',
    text: 'Une copie de tout ce qui est conservé sur ce client, ce que le poste a fait de son dossier, ou son effacement définitif.',
    activity: 'Activité concernant ce client',
    export: {
      action: 'Exporter les données de ce client',
      savedTitle: 'Données du client enregistrées',
      saved: 'Enregistrées dans {json} et {pdf}',
      pdfNotSaved: 'Le fichier de données a été enregistré dans {json} ; le PDF n’a pas été enregistré.',
      cancelledTitle: 'Rien n’a été enregistré',
      cancelled: 'L’export a été annulé : aucune donnée n’a quitté le poste.',
      failed: 'Les données du client n’ont pas pu être enregistrées'
    },
    erase: {
      action: 'Effacer ce client…',
      title: 'Effacer définitivement {name} ?',
      goes: 'L’effacement supprime définitivement du registre :',
      record: 'son dossier : informations, coordonnées et notes',
      treatments: 'toutes ses séances (aucune enregistrée) | sa séance (1 enregistrée) | ses {count} séances',
      handouts: 'la trace de chaque fiche et calendrier qui lui a été remis',
      undone: 'Cette action est irréversible.',
      backups: 'Les sauvegardes antérieures à aujourd’hui le contiennent encore jusqu’à leur expiration et leur suppression.',
      exportFirst: 'S’il a demandé une copie de ses données, exportez-la d’abord.',
      confirmLabel: 'Pour confirmer, saisissez le nom complet ou le nom de famille du client ({name})',
      confirm: 'Effacer définitivement',
      done: 'Client effacé',
      doneDetail: 'Effacé : {treatments}, {handouts}',
      treatmentCount: 'aucune séance | 1 séance | {count} séances',
      handoutCount: 'aucune trace de fiche | 1 trace de fiche | {count} traces de fiches',
      retentionChecking: 'Vérification de la durée de conservation de son dossier…',
      retentionEnded: 'Son dossier devait être conservé jusqu’au {date} : ce délai est écoulé.',
      retentionWarning: 'Son dossier doit être conservé jusqu’au {date} ({years} ans après {from}). Ne l’effacez avant qu’avec un motif sérieux, par exemple une demande que la loi vous oblige à satisfaire.',
      retentionFromTreatment: 'la dernière séance',
      retentionFromRecord: 'la création du dossier',
      reasonLabel: 'Motif de l’effacement avant le {date}',
      reasonHint: 'Conservé dans le journal d’audit. N’indiquez ni le nom du client, ni ses coordonnées, ni ses données de santé.',
      reasonRequired: 'Indiquez le motif de l’effacement du dossier avant le {date}.'
    }
  },
  prepSheet: {
    action: 'Avant votre rendez-vous…',
    title: 'Avant votre rendez-vous',
    intro: 'Une fiche d’une page, ou un fichier de calendrier pour son téléphone, avec les dates auxquelles commencer chaque étape de préparation à ce rendez-vous.',
    date: 'Date du rendez-vous',
    time: 'Heure du rendez-vous',
    timeZone: 'Heures en {zone}',
    language: 'Langue',
    print: 'Imprimer',
    savePdf: 'Enregistrer en PDF',
    saveIcs: 'Enregistrer le fichier de calendrier (.ics)',
    produced: 'Fiche prête',
    producedDetail: 'Consignée pour {name}'
  },
  missing: {
    title: 'Ce client est introuvable',
    text: 'Il a peut-être été retiré du registre, ou le lien n’est plus à jour.',
    back: 'Retour au registre'
  }
} satisfies MessageSchema['client']
