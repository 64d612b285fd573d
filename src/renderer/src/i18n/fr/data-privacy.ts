import type { MessageSchema } from '../message-schema'

/** The Data & privacy screen: backups, restore, CSV export and import. */
export default {
  title: 'Données et confidentialité',
  subtitle: 'Conservez une copie sûre du registre, sortez des listes de clients et importez des clients d’un autre logiciel.',
  backups: {
    title: 'Sauvegardes',
    offComputer:
      'L’application copie le registre sur cet ordinateur chaque jour, mais une copie ici disparaît avec l’ordinateur s’il tombe en panne, est volé ou endommagé. Une fois par semaine, sauvegardez sur une clé USB ou un disque conservé ailleurs.',
    backUpNow: 'Sauvegarder maintenant',
    backUpNowHint: 'Vous choisissez un dossier, par exemple une clé USB ; la sauvegarde y est enregistrée.',
    backedUp: 'Sauvegarde enregistrée dans {path}',
    backUpFailed: 'La sauvegarde n’a pas été faite',
    restore: 'Restaurer une sauvegarde…',
    restoreHint: 'Uniquement si le registre de cet ordinateur est perdu ou endommagé.',
    restoreHintServer: 'Uniquement si le registre du serveur du cabinet est perdu ou endommagé. Tous les postes travaillent ensuite sur les données de la sauvegarde.',
    restoreFailed: 'La sauvegarde n’a pas été restaurée',
    confirmRestore: {
      header: 'Restaurer le registre à partir d’une sauvegarde ?',
      message:
        'Vous allez choisir un fichier de sauvegarde. Tout le registre de cet ordinateur sera remplacé par le contenu de cette sauvegarde : ce qui a été ajouté depuis n’apparaîtra plus. Une copie du registre actuel est d’abord conservée dans les sauvegardes automatiques. L’application se ferme ensuite et se rouvre.',
      messageServer:
        'Vous allez choisir un fichier de sauvegarde. Tout le registre du serveur du cabinet sera remplacé par le contenu de cette sauvegarde, sur tous les postes : ce qui a été ajouté depuis, sur n’importe quel poste, n’apparaîtra plus. Une copie du registre actuel du serveur est d’abord conservée dans les sauvegardes de cet ordinateur.',
      confirm: 'Choisir la sauvegarde…'
    }
  },
  automatic: {
    title: 'Sauvegardes automatiques sur cet ordinateur',
    last: 'Dernière sauvegarde automatique : {day} à {time}.',
    none: 'Aucune sauvegarde automatique n’a encore été faite. La première sera faite au prochain démarrage de l’application.',
    kept: 'L’application conserve une sauvegarde pour chacun des 14 derniers jours et une pour chacun des 12 derniers mois ; les plus anciennes sont supprimées.',
    folder: 'Elles sont conservées dans ce dossier :',
    listTitle: 'Les sauvegardes les plus récentes',
    taken: 'Faite le',
    reason: 'Motif',
    size: 'Taille',
    more: 'et {count} plus anciennes | et 1 plus ancienne | et {count} plus anciennes',
    reasons: {
      daily: 'Sauvegarde quotidienne',
      'before-migration': 'Avant une mise à jour',
      'before-restore': 'Avant une restauration',
      manual: 'Faite manuellement'
    }
  },
  export: {
    title: 'Exporter vers un tableur',
    intro:
      'Enregistrez le registre en classeur Excel (.xlsx) ou en fichier CSV, au choix lors de l’enregistrement. Excel, Numbers et LibreOffice ouvrent les deux.',
    csvRegion:
      'Un fichier CSV suit le pays de la clinique : points-virgules et virgule décimale (1,5 mm) là où l’on écrit 1,5, comme en France, en Allemagne ou en Espagne ; virgules et point décimal (1.5 mm) là où l’on écrit 1.5, comme au Royaume-Uni ou aux États-Unis.',
    clients: 'Exporter les clients…',
    treatments: 'Exporter les séances…',
    savedClients: '{count} clients enregistrés dans {path} | 1 client enregistré dans {path} | {count} clients enregistrés dans {path}',
    savedTreatments: '{count} séances enregistrées dans {path} | 1 séance enregistrée dans {path} | {count} séances enregistrées dans {path}',
    failed: 'Le fichier n’a pas été enregistré',
    progress: 'Écriture des {kind} : {rows} lignes sur {total}',
    progressKind: { clients: 'clients', treatments: 'séances' },
    personalData:
      'Ces fichiers contiennent des données personnelles et de santé des clients. Conservez-les sur cet ordinateur ou sur un disque chiffré, ne les envoyez jamais par e-mail ordinaire, et supprimez-les quand vous n’en avez plus besoin.'
  },
  import: {
    title: 'Importer des clients depuis un tableur',
    intro:
      'Importez des clients d’un autre logiciel ou de votre propre liste : un classeur Excel (.xlsx) ou un fichier CSV, tel qu’Excel ou un autre programme l’enregistre. Vous vérifiez d’abord ce qui va se passer : rien n’est ajouté avant que vous cliquiez sur Importer.',
    choose: 'Choisir un fichier…',
    file: 'Fichier : {name}',
    rows: '{count} lignes | 1 ligne | {count} lignes',
    readingTitle: 'Comment votre fichier a été lu',
    encoding: 'Caractères',
    encodings: {
      utf8: 'UTF-8',
      utf16: 'UTF-16 (texte Unicode)',
      windows1252: 'Windows-1252 (Europe occidentale)'
    },
    encodingReasons: {
      chosen: 'Selon votre choix. Si les accents s’affichent mal dans les exemples ci-dessous (Müller en MÃ¼ller ou M�ller), choisissez-en un autre.',
      byteOrderMark: 'Le fichier l’indique à son début.',
      utf8: 'Tous les caractères du fichier se lisent en UTF-8.',
      utf16: 'Le fichier est organisé en UTF-16.',
      detected: 'Le fichier n’est pas en UTF-8 et se lit comme du texte d’Europe occidentale. Si les accents s’affichent mal dans les exemples ci-dessous, choisissez-en un autre.',
      unsure:
        'Incertain : le fichier ressemble à du texte {detected}, illisible ici. Vérifiez les noms dans les exemples ci-dessous ; s’ils s’affichent mal, enregistrez la liste depuis Excel au format « CSV UTF-8 » et importez ce fichier.'
    },
    delimiter: 'Colonnes séparées par',
    delimiters: { comma: 'des virgules', semicolon: 'des points-virgules', tab: 'des tabulations' },
    sheet: 'Feuille',
    headerRow: 'Noms des colonnes',
    headerRowAt: 'à la ligne {line} ; les lignes au-dessus sont ignorées',
    mappingTitle: 'Quelle colonne contient quoi',
    mappingIntro: 'Nous avons associé les colonnes reconnues. Vérifiez chaque ligne et choisissez une colonne pour celles qui manquent.',
    field: 'Information client',
    column: 'Colonne de votre fichier',
    examples: 'Exemples tirés de votre fichier',
    notImported: 'Non importé',
    needed: 'obligatoire',
    noExamples: 'vide dans les premières lignes',
    dateOrder: 'Dans votre fichier, les dates sont écrites',
    dateOrders: {
      DMY: 'Jour en premier (31/12/1990)',
      MDY: 'Mois en premier (12/31/1990)'
    },
    dateOrderReasons: {
      chosen: 'Selon votre choix.',
      file: '{example} dans votre fichier ne peut se lire que de cette façon.',
      dots: 'Les dates écrites avec des points, comme {example}, commencent par le jour.',
      clinicCountry: 'Rien dans votre fichier ne permet de trancher : les dates sont lues comme on les écrit en {country}, le pays de la clinique. Vérifiez l’exemple.',
      noAmbiguousDates: 'Aucune date de votre fichier n’en dépend.'
    },
    dateExample: '{written} est lu comme {read}.',
    dateUnread: '{written} ne peut pas être lu comme une date.',
    checking: 'Vérification du fichier…',
    chooseNames: 'Choisissez ci-dessus les colonnes du prénom et du nom de famille : chaque client a besoin des deux.',
    chooseNamesOrSheet:
      'Choisissez ci-dessus les colonnes du prénom et du nom de famille : chaque client a besoin des deux. Si la liste des clients se trouve sur une autre feuille du classeur, choisissez d’abord cette feuille.',
    summaryTitle: 'Ce qui va se passer',
    // What the preview says will happen, and what the import says did.
    report: {
      preview: {
        add: 'Aucun client ne sera ajouté | 1 client sera ajouté | {count} clients seront ajoutés',
        known: '{count} figurent déjà dans le registre | 1 figure déjà dans le registre | {count} figurent déjà dans le registre',
        repeated: '{count} répètent une ligne précédente du fichier | 1 répète une ligne précédente du fichier | {count} répètent une ligne précédente du fichier',
        problem: '{count} lignes posent problème | 1 ligne pose problème | {count} lignes posent problème',
        unreadPhones:
          '{count} numéro de téléphone illisible | 1 numéro de téléphone est illisible : il sera importé tel quel, à vérifier | {count} numéros de téléphone sont illisibles : ils seront importés tels quels, à vérifier',
        skipped: 'Lignes qui seront ignorées',
        phonesTitle: 'Numéros de téléphone à vérifier'
      },
      done: {
        add: 'Aucun client n’a été ajouté. | 1 client a été ajouté au registre. | {count} clients ont été ajoutés au registre.',
        known: '{count} figuraient déjà dans le registre | 1 figurait déjà dans le registre | {count} figuraient déjà dans le registre',
        repeated: '{count} répétaient une ligne précédente du fichier | 1 répétait une ligne précédente du fichier | {count} répétaient une ligne précédente du fichier',
        problem: '{count} lignes posaient problème | 1 ligne posait problème | {count} lignes posaient problème',
        unreadPhones:
          '{count} numéro de téléphone illisible | 1 numéro de téléphone était illisible : il a été importé tel quel, à vérifier | {count} numéros de téléphone étaient illisibles : ils ont été importés tels quels, à vérifier',
        skipped: 'Lignes ignorées',
        phonesTitle: 'Numéros de téléphone à vérifier'
      }
    },
    line: 'Ligne {row}',
    duplicate: 'Déjà dans le registre ({reason})',
    unreadPhone: '« {phone} » n’est pas un numéro que ce poste sait lire : la fiche du client le signale jusqu’à sa correction.',
    repeatedRow: 'Répète la ligne {earlierRow} ({reason})',
    duplicateReasons: {
      sameEmail: 'même adresse e-mail',
      sameNameAndBirthDate: 'mêmes nom et date de naissance'
    },
    lineHint: 'Les numéros de ligne sont ceux qu’affiche votre tableur.',
    run: 'N’importer aucun client | Importer 1 client | Importer {count} clients',
    cancel: 'Annuler',
    importingRows: 'Ajout de {count} clients au registre… | Ajout d’1 client au registre… | Ajout de {count} clients au registre…',
    doneTitle: 'Import terminé',
    another: 'Importer un autre fichier',
    openRegister: 'Ouvrir le registre',
    fields: {
      givenName: 'Prénom',
      familyName: 'Nom de famille',
      dateOfBirth: 'Date de naissance',
      phone: 'Téléphone',
      email: 'E-mail',
      skinType: 'Phototype (Fitzpatrick)',
      language: 'Langue de la fiche de soins',
      notes: 'Notes'
    }
  },
  privacy: {
    title: 'Confidentialité',
    audit: 'Le journal d’audit indique qui a consulté, modifié, exporté, imprimé ou sauvegardé des dossiers clients, et quand.',
    openAudit: 'Ouvrir le journal d’audit',
    oneClient:
      'Quand un client demande une copie de ses données, ou son effacement, ouvrez sa fiche depuis le Registre : les deux y figurent.'
  },
  retention: {
    title: 'Conservation des dossiers',
    intro: 'Combien de temps le cabinet conserve le dossier d’un client après sa dernière séance, et les clients dont la durée de conservation est écoulée, pour que vous les examiniez.',
    countries: {
      GB: 'Royaume-Uni (8 ans)',
      DE: 'Allemagne (10 ans)',
      other: 'Autre pays (10 ans sauf indication contraire)'
    },
    rules: 'Règles : {rules}. Elles suivent le pays de la clinique ({country}), défini dans les paramètres de la clinique.',
    years: 'Années après la dernière séance',
    yearsHint: 'Laissez vide pour la durée habituelle du pays.',
    save: 'Enregistrer',
    saved: 'Conservation des dossiers enregistrée : {years} ans',
    ended: 'Durée de conservation écoulée',
    endedCount: 'La durée d’aucun client n’est écoulée | La durée d’1 client est écoulée | La durée de {count} clients est écoulée',
    more: 'Les {count} premiers sont affichés. Examinez-les d’abord ; d’autres suivent.',
    none: 'Aucune durée de conservation n’est écoulée.',
    columns: {
      client: 'Client',
      countsFrom: 'Compté à partir de',
      ended: 'Écoulée le'
    },
    fromTreatment: 'dernière séance, {date}',
    fromRecord: 'dossier créé le {date} (aucune séance)',
    reviewHint: 'Ouvrez un client pour exporter ses données ou l’effacer. Rien n’est effacé automatiquement.'
  }
} satisfies MessageSchema['dataPrivacy']
