import type { MessageSchema } from '../message-schema'

/** Who is at the desk: the first start's question, the lock screen, signing in, and the person in the top bar. */
export default {
  setUp: {
    title: 'Wer arbeitet hier?',
    intro: 'Jede Person am Empfang kann sich mit einer kurzen PIN anmelden, und der Platz sperrt sich, sobald er verlassen wird, damit niemand am Tresen die Notizen zu einem Kunden lesen kann.',
    ownerTitle: 'Beginnen Sie mit der Praxisinhaberin oder dem Praxisinhaber',
    ownerText: 'Die Inhaberin oder der Inhaber darf alles und legt alle anderen unter Einstellungen → Team an.',
    ownerName: 'Name der Inhaberin / des Inhabers',
    pin: 'PIN',
    pinHint: '4 bis 8 Ziffern. Niemand sonst sieht sie, und sie wird nie gedruckt.',
    pinAgain: 'PIN wiederholen',
    create: 'Inhaber anlegen und anmelden',
    or: 'oder',
    aloneTitle: 'Hier arbeitet eine Person',
    aloneText: 'Keine Anmeldung und keine Sperre: Die App öffnet sich sofort, mit allen Funktionen. Die Anmeldung lässt sich später unter Einstellungen → Team einschalten.',
    alone: 'Eine Person arbeitet hier (ohne Anmeldung)',
    serverTitle: 'Ein weiterer Platz der Praxis',
    serverText: 'Liegt die Kartei der Praxis bereits auf ihrem Server, nutzt dieser Platz sie, mit dem Team der Praxis.',
    joinServer: 'Mit dem Praxisserver verbinden…'
  },
  lock: {
    locked: 'Der Platz ist gesperrt.',
    chooseName: 'Tippen Sie auf Ihren Namen, um sich anzumelden.',
    staffLabel: 'Team',
    nobody: 'Gerade kann niemand angezeigt werden: Die Teamliste konnte nicht gelesen werden. Prüfen Sie, ob die Kartei erreichbar ist, und versuchen Sie es dann erneut.',
    tryAgain: 'Erneut versuchen'
  },
  signIn: {
    title: 'Als {name} anmelden',
    pin: 'PIN',
    submit: 'Anmelden',
    someoneElse: 'Jemand anderes',
    failed: 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.'
  },
  person: {
    label: 'Angemeldet',
    switch: 'Wechseln',
    switchHint: 'Den Platz an jemand anderen übergeben',
    lock: 'Sperren'
  },
  refused: {
    title: 'Diese Ansicht ist der Praxisinhaberin bzw. dem Praxisinhaber vorbehalten',
    text: 'Nur die Inhaberin oder der Inhaber der Praxis kann sie öffnen. Melden Sie sich als Inhaber an, um sie zu nutzen.',
    back: 'Zur Kartei'
  },
  start: {
    title: 'Der Platz konnte nicht starten',
    tryAgain: 'Erneut versuchen'
  }
} satisfies MessageSchema['desk']
