import type { MessageSchema } from '../message-schema'

/** Settings → Register location: this computer's file, or the clinic's server every desk shares. */
export default {
  title: 'Emplacement du registre',
  subtitle: 'Où ce poste conserve son registre : dans un fichier sur cet ordinateur, ou sur le serveur du cabinet partagé par plusieurs postes.',
  clinicSettings: 'Paramètres du cabinet',
  firstStart: 'Retour',
  now: {
    title: 'Où se trouve le registre actuellement',
    thisComputer: 'Cet ordinateur',
    thisComputerText: 'Seul ce poste utilise ce registre.',
    server: 'Le serveur du cabinet',
    serverText: 'Tous les postes qui utilisent ce serveur travaillent sur le même registre.',
    file: 'Fichier du registre',
    earlierFile: 'Ancien fichier du registre sur cet ordinateur (conservé, inutilisé)',
    address: 'Serveur',
    user: 'Utilisateur',
    tls: 'Connexion chiffrée (TLS)',
    on: 'Activée',
    off: 'Désactivée',
    password: 'Mot de passe',
    passwordKept: 'Conservé en sécurité sur cet ordinateur',
    passwordNotKept: 'Aucun conservé'
  },
  passwordStore: {
    title: 'Cet ordinateur ne peut pas conserver en sécurité le mot de passe du serveur.',
    consequence: 'Déplacer le registre ou utiliser celui du serveur en a besoin : les deux sont donc désactivés jusqu’à ce que le problème soit résolu. « Tester la connexion » fonctionne toujours.'
  },
  server: {
    title: 'Le serveur du cabinet',
    introThisComputer: 'Pour partager un registre entre plusieurs postes, saisissez le serveur configuré par votre support informatique, puis testez la connexion.',
    introServer: 'Si l’adresse ou le mot de passe du serveur a changé, saisissez les nouveaux paramètres, testez-les, puis utilisez-les.',
    host: 'Nom ou adresse du serveur',
    hostPlaceholder: 'serveur-cabinet ou 192.168.1.20',
    port: 'Port',
    portHint: 'En général {port}.',
    database: 'Base de données',
    user: 'Nom d’utilisateur',
    password: 'Mot de passe',
    keepPassword: 'Vide : le mot de passe enregistré est conservé',
    tls: 'Chiffrer la connexion (TLS)',
    tlsHint: 'Laissez activé, sauf si votre support informatique indique que le serveur ne l’utilise pas.',
    test: 'Tester la connexion',
    testFailed: 'La connexion a échoué'
  },
  actions: {
    title: 'Que faire avec ce serveur',
    moveToServer: 'Déplacer ce registre sur le serveur',
    moveToServerHint: 'Pour le premier poste : copie le registre de cet ordinateur dans la base de données vide du serveur.',
    joinServer: 'Utiliser le registre de ce serveur',
    joinServerHint: 'Pour tous les autres postes, une fois le registre sur le serveur.'
  },
  blockers: {
    testFirst: 'Testez d’abord la connexion.',
    testAgain: 'Les paramètres ont changé depuis le dernier test : testez de nouveau la connexion.',
    connectFirst: 'Possible une fois la connexion établie.',
    serverHoldsRegister: 'Le serveur contient déjà un registre : utilisez-le.',
    serverIsEmpty: 'La base de données du serveur est vide : déplacez-y d’abord un registre.',
    needsPasswordStore: 'Impossible tant que cet ordinateur ne peut pas conserver le mot de passe.'
  },
  progress: {
    moveToServer: 'Déplacement du registre sur le serveur… Cela peut prendre une ou deux minutes pour un gros registre. Veuillez laisser l’application ouverte.',
    joinServer: 'Passage de ce poste sur le registre du serveur…',
    moveToThisComputer: 'Déplacement du registre sur cet ordinateur… Cela peut prendre une ou deux minutes pour un gros registre. Veuillez laisser l’application ouverte.'
  },
  restarting: 'Terminé. L’application redémarre…',
  failed: {
    moveToServer: 'Le registre n’a pas été déplacé. Ce poste continue de travailler sur cet ordinateur.',
    joinServer: 'Ce poste n’a pas changé de registre. Il continue de travailler sur son registre comme avant.',
    moveToThisComputer: 'Le registre n’a pas été déplacé. Ce poste continue de travailler sur le serveur.'
  },
  back: {
    title: 'Revenir sur cet ordinateur',
    text: 'Copie le registre du serveur dans un fichier sur cet ordinateur ; ce poste cesse ensuite d’utiliser le serveur. Les autres postes continuent de travailler sur le serveur.',
    move: 'Déplacer le registre sur cet ordinateur'
  },
  confirmMoveToServer: {
    header: 'Déplacer ce registre sur le serveur ?',
    message:
      'Tout le contenu de ce registre est copié sur le serveur et vérifié là-bas. Le fichier du registre sur cet ordinateur est conservé tel quel. L’application redémarre ensuite et travaille sur le serveur. Sur chacun des autres postes, ouvrez Paramètres → Emplacement du registre et choisissez « Utiliser le registre de ce serveur ».',
    confirm: 'Déplacer sur le serveur'
  },
  confirmJoinServer: {
    header: 'Utiliser le registre de ce serveur ?',
    message:
      'Ce poste travaillera sur le registre du serveur, qui compte {count} clients. Le fichier du registre sur cet ordinateur est conservé tel quel, mais n’est plus utilisé. L’application redémarre ensuite. | Ce poste travaillera sur le registre du serveur, qui compte 1 client. Le fichier du registre sur cet ordinateur est conservé tel quel, mais n’est plus utilisé. L’application redémarre ensuite. | Ce poste travaillera sur le registre du serveur, qui compte {count} clients. Le fichier du registre sur cet ordinateur est conservé tel quel, mais n’est plus utilisé. L’application redémarre ensuite.',
    confirm: 'Utiliser le registre du serveur'
  },
  confirmMoveToThisComputer: {
    header: 'Déplacer le registre sur cet ordinateur ?',
    message:
      'Le registre du serveur est copié dans un nouveau fichier sur cet ordinateur et vérifié, et ce poste cesse d’utiliser le serveur : ce que les autres postes enregistreront désormais n’apparaîtra pas ici. Les autres postes continuent de travailler sur le serveur. L’application redémarre ensuite.',
    confirm: 'Déplacer sur cet ordinateur'
  }
} satisfies MessageSchema['registerLocation']
