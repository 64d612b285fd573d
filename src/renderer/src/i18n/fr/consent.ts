import type { MessageSchema } from '../message-schema'

export default {
  outcome: {
    clear: 'séance possible',
    review: 'avis d’un praticien nécessaire',
    defer: 'attendre avant la séance',
    stop: 'pas de séance aujourd’hui'
  },
  photo: {
    record: 'Photographies pour le dossier médical uniquement',
    marketing: 'Photographies pour le dossier, et pour la communication du cabinet sans le nom',
    no: 'Pas de photographies'
  },
  panel: {
    title: 'Consentement',
    sign: 'Signer le consentement',
    photos: 'Photographies',
    photosNotAsked: 'pas encore demandé',
    empty: 'Aucun consentement signé pour l’instant. Le client en signe un avant l’enregistrement d’une séance du jour.',
    signedWhen: 'Signé le {date} à {time}',
    version: 'Version du formulaire {version}',
    radiofrequency: 'avec radiofréquence',
    plain: 'sans radiofréquence',
    screening: 'Questionnaire : {outcome}',
    reprint: 'Réimprimer',
    reprintLabel: 'Réimprimer le consentement signé le {when}'
  },
  step: {
    title: 'Consentement',
    valid: 'Signé le {date} : couvre cette visite jusqu’au {until}.',
    needed: 'Demandez au client de signer le consentement avant d’enregistrer la séance.'
  },
  sign: {
    title: 'Consentement de {name}',
    loading: 'Chargement du questionnaire du jour…',
    screenFirst: 'Faites d’abord le questionnaire de la visite du jour : le consentement reprend ce qu’il a révélé.',
    lead: 'Parcourez le formulaire avec le client, répondez à ses questions et laissez-lui le temps. Vérifiez le plan, demandez-lui son accord pour les photographies ; le client signe, puis le praticien.',
    plan: 'Plan de traitement',
    device: 'Appareil',
    noDevice: 'aucun choisi',
    outcome: 'Questionnaire',
    language: 'Formulaire imprimé en',
    photos: 'Photographies : choix distinct du client',
    choosePhotos: 'Demandez au client ce qu’il accepte pour les photographies, puis choisissez-le.',
    clientSignature: 'Signature de {name}',
    practitionerSignature: 'Signature du praticien',
    practitioner: 'Praticien',
    padHint: 'Signez dans le cadre avec la souris, le doigt ou un stylet.',
    clear: 'Effacer',
    clientMustSign: 'Le client n’a pas encore signé : demandez-lui de signer dans le cadre.',
    practitionerMustSign: 'Le praticien n’a pas encore signé : signez dans le cadre.',
    namePractitioner: 'Saisissez le nom du praticien.',
    submit: 'Signer et imprimer',
    done: 'Consentement signé par {name}'
  }
} satisfies MessageSchema['consent']
