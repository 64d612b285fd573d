import type { AuditLogWords } from './en'

/** What the audit log says, in French (the same keys as English: en.ts). */
export const AUDIT_LOG_WORDS_FR = {
  audit: {
    // The filter's names for each kind of action.
    action: {
      create: 'Ajouté ou enregistré',
      update: 'Modifié',
      archive: 'Archivé',
      unarchive: 'Désarchivé',
      erase: 'Effacé',
      print: 'Fiche imprimée ou enregistrée',
      export: 'Exporté',
      import: 'Importé',
      backup: 'Sauvegardé',
      restore: 'Restauré',
      move: 'Déplacé',
      'sign-in': 'Connexion',
      lock: 'Poste verrouillé',
      'pin-wait': 'Attente après des codes PIN erronés'
    },
    // Each entry in plain words.
    what: {
      clientCreated: 'A ajouté un client',
      clientUpdated: 'A modifié les informations d’un client',
      clientArchived: 'A archivé un client',
      clientUnarchived: 'A désarchivé un client',
      clientErased: 'A effacé un client ({treatments}, {handouts})',
      clientErasedEarly: 'A effacé un client avant la fin de la durée de conservation de son dossier, le {date} ({treatments}, {handouts}). Motif : {reason}',
      clientExported: 'A exporté les données d’un client (demande d’accès)',
      treatmentCreated: 'A enregistré une séance',
      treatmentUpdated: 'A modifié une séance',
      treatmentUnscreened: 'A enregistré une séance sans questionnaire (saisie après la visite, ou questionnaire désactivé)',
      treatmentReviewed: 'A enregistré une séance après examen par {name}',
      treatmentOverridden: 'A enregistré une séance déconseillée par le questionnaire, autorisée par {name}',
      screeningRecorded: 'A fait le questionnaire d’une visite : {outcome}',
      screeningOutcome: {
        clear: 'séance possible',
        review: 'avis nécessaire',
        defer: 'attendre avant la séance',
        stop: 'pas de séance'
      },
      questionnaireChanged: 'A modifié le questionnaire préalable (version {version})',
      questionnaireDefaults: 'A rétabli le questionnaire préalable par défaut (version {version})',
      consentFormChanged: 'A modifié le formulaire de consentement (version {version})',
      consentFormDefaults: 'A rétabli le formulaire de consentement d’origine (version {version})',
      consentSigned: 'Consentement signé à l’écran (version du formulaire {version}) ; questionnaire : {outcome} ; photographies : {photos}',
      consentReprinted: 'A réimprimé un consentement signé, identique à celui signé (version du formulaire {version})',
      photoConsent: {
        record: 'pour le dossier uniquement',
        marketing: 'pour le dossier et la communication',
        no: 'aucune'
      },
      screeningOff: 'A désactivé le questionnaire avant les séances',
      screeningOn: 'A activé le questionnaire avant les séances',
      handout: {
        handout: 'A imprimé une fiche de soins',
        calendar: 'A imprimé un calendrier de 14 jours',
        ics: 'A enregistré un fichier de calendrier (.ics)'
      },
      reprint: '{what} (réimpression)',
      prepSheet: 'A imprimé une fiche « Avant votre rendez-vous »',
      prepCalendar: 'A enregistré un fichier de calendrier « Avant votre rendez-vous » (.ics)',
      recallCalled: 'A appelé pour la prochaine séance',
      recallCalledWith: 'A appelé pour la prochaine séance : {outcome}',
      recallCsv: 'A exporté la liste des rappels en CSV ({rows})',
      retentionChanged: 'A fixé la durée de conservation des dossiers : {years} ans après la dernière séance ({country})',
      retentionElsewhere: 'règles des autres pays',
      countryChanged: 'Pays de la clinique défini sur {country}',
      protocolChanged: 'A modifié le protocole de soins post-séance (version {version})',
      protocolDefaults: 'A rétabli le protocole de soins par défaut (version {version})',
      clinicChanged: 'A modifié les paramètres du cabinet',
      logoChanged: 'A changé le logo du cabinet',
      logoRemoved: 'A supprimé le logo du cabinet',
      clientsCsv: 'A exporté les clients en CSV ({rows})',
      treatmentsCsv: 'A exporté les séances en CSV ({rows})',
      clientsXlsx: 'A exporté les clients en classeur Excel ({rows})',
      treatmentsXlsx: 'A exporté les séances en classeur Excel ({rows})',
      imported: 'A importé des clients depuis un CSV ({imported}, {duplicates}, {errors})',
      backup: 'A sauvegardé le registre',
      restore: 'A restauré le registre depuis une sauvegarde',
      movedToServer: 'A déplacé le registre sur le serveur du cabinet',
      movedToThisComputer: 'A déplacé le registre sur un ordinateur d’accueil',
      signedIn: 'S’est connecté',
      locked: 'A verrouillé le poste',
      switched: 'A verrouillé le poste pour changer de personne',
      lockedIdle: 'A quitté le poste : il s’est verrouillé seul',
      pinWait: 'Trop de codes PIN erronés : attente de {seconds} secondes',
      staffAdded: 'A ajouté une personne à l’équipe ({role})',
      staffChanged: 'A modifié une personne de l’équipe',
      staffInactive: 'A rendu une personne inactive (elle ne peut plus se connecter)',
      staffPin: 'A défini un nouveau code PIN',
      noSignIn: 'A désactivé la connexion : une seule personne travaille ici',
      signInOn: 'L’équipe se connecte avec un code PIN ; le poste se verrouille après {minutes} minute | L’équipe se connecte avec un code PIN ; le poste se verrouille après {minutes} minutes',
      other: '{action} : {subject}'
    },
    counts: {
      treatments: 'aucune séance | 1 séance | {count} séances',
      handouts: 'aucune fiche | 1 fiche | {count} fiches',
      rows: 'aucune ligne | 1 ligne | {count} lignes',
      imported: 'aucun ajouté | 1 ajouté | {count} ajoutés',
      duplicates: 'aucun doublon | 1 doublon ignoré | {count} doublons ignorés',
      errors: 'aucune erreur | 1 ligne avec erreurs | {count} lignes avec erreurs'
    },
    subjectType: {
      client: 'client',
      treatment: 'séance',
      handout: 'fiche de soins',
      clinic: 'paramètres du cabinet',
      protocol: 'protocole de soins',
      register: 'registre',
      staff: 'équipe',
      desk: 'connexion',
      questionnaire: 'questionnaire préalable',
      screening: 'questionnaire',
      consentForm: 'formulaire de consentement',
      consent: 'consentement signé',
      'prep-sheet': 'fiche de préparation',
      recall: 'rappel'
    }
  },
  staff: {
    roles: {
      reception: 'Accueil',
      practitioner: 'Praticien',
      owner: 'Responsable'
    }
  },
  recalls: {
    outcome: { none: 'Simple appel', left_message: 'Message laissé', booked: 'Rendez-vous pris', declined: 'A refusé' }
  }
} satisfies AuditLogWords
