import type { MessageSchema } from '../message-schema'

/** Who is at the desk: the first start's question, the lock screen, signing in, and the person in the top bar. */
export default {
  setUp: {
    title: 'Qui travaille ici ?',
    intro: 'Chaque personne à l’accueil peut se connecter avec un code PIN court, et le poste se verrouille dès qu’il est laissé, pour que personne au comptoir ne puisse lire les notes d’un client.',
    ownerTitle: 'Commencez par le responsable du cabinet',
    ownerText: 'Le responsable peut tout faire et ajoute les autres personnes dans Paramètres → Équipe.',
    ownerName: 'Nom du responsable',
    pin: 'Code PIN',
    pinHint: '4 à 8 chiffres. Personne d’autre ne le voit et il n’est jamais imprimé.',
    pinAgain: 'Confirmez le code PIN',
    create: 'Créer le responsable et se connecter',
    or: 'ou',
    aloneTitle: 'Une seule personne travaille ici',
    aloneText: 'Ni connexion ni verrouillage : l’application s’ouvre directement, avec tout disponible. Le responsable pourra activer la connexion plus tard dans Paramètres → Équipe.',
    alone: 'Une seule personne (sans connexion)',
    serverTitle: 'Un autre poste du cabinet',
    serverText: 'Si le registre du cabinet est déjà sur son serveur, ce poste l’utilise, avec l’équipe du cabinet.',
    joinServer: 'Rejoindre le serveur du cabinet…'
  },
  lock: {
    locked: 'Le poste est verrouillé.',
    chooseName: 'Touchez votre nom pour vous connecter.',
    staffLabel: 'Équipe',
    nobody: 'Personne ne peut être affiché pour l’instant : la liste de l’équipe n’a pas pu être lue. Vérifiez que le registre est accessible, puis réessayez.',
    tryAgain: 'Réessayer'
  },
  signIn: {
    title: 'Connexion : {name}',
    pin: 'Code PIN',
    submit: 'Se connecter',
    someoneElse: 'Une autre personne',
    failed: 'La connexion a échoué. Veuillez réessayer.'
  },
  person: {
    label: 'Connecté',
    switch: 'Changer',
    switchHint: 'Laisser le poste à quelqu’un d’autre',
    lock: 'Verrouiller'
  },
  refused: {
    title: 'Cet écran est réservé au responsable du cabinet',
    text: 'Seul le responsable du cabinet peut l’ouvrir. Connectez-vous en tant que responsable pour l’utiliser.',
    back: 'Aller au registre'
  },
  start: {
    title: 'Le poste n’a pas pu démarrer',
    tryAgain: 'Réessayer'
  }
} satisfies MessageSchema['desk']
