import type { MessageSchema } from '../message-schema'

/** Settings → Register location: this computer's file, or the clinic's server every desk shares. */
export default {
  title: 'Speicherort der Kartei',
  subtitle: 'Wo dieser Platz seine Kartei führt: in einer Datei auf diesem Computer oder auf dem Server der Praxis, den mehrere Plätze teilen.',
  clinicSettings: 'Praxiseinstellungen',
  firstStart: 'Zurück',
  now: {
    title: 'Wo die Kartei jetzt liegt',
    thisComputer: 'Dieser Computer',
    thisComputerText: 'Nur dieser Platz nutzt diese Kartei.',
    server: 'Der Server der Praxis',
    serverText: 'Alle Plätze, die diesen Server nutzen, arbeiten mit derselben Kartei.',
    file: 'Karteidatei',
    earlierFile: 'Frühere Karteidatei dieses Computers (aufbewahrt, nicht in Gebrauch)',
    address: 'Server',
    user: 'Benutzer',
    tls: 'Verschlüsselte Verbindung (TLS)',
    on: 'An',
    off: 'Aus',
    password: 'Passwort',
    passwordKept: 'Sicher auf diesem Computer gespeichert',
    passwordNotKept: 'Keines gespeichert'
  },
  passwordStore: {
    title: 'Dieser Computer kann das Serverpasswort nicht sicher speichern.',
    consequence: 'Das Verschieben der Kartei und das Nutzen der Kartei auf dem Server brauchen es; beides ist daher gesperrt, bis dies gelöst ist. „Verbindung testen“ funktioniert weiterhin.'
  },
  server: {
    title: 'Der Server der Praxis',
    introThisComputer: 'Um eine Kartei mit mehreren Plätzen zu teilen, geben Sie den Server ein, den Ihr IT-Support eingerichtet hat, und testen Sie die Verbindung.',
    introServer: 'Haben sich Adresse oder Passwort des Servers geändert, geben Sie die neuen Einstellungen ein, testen Sie sie und übernehmen Sie sie.',
    host: 'Servername oder -adresse',
    hostPlaceholder: 'praxis-server oder 192.168.1.20',
    port: 'Port',
    portHint: 'Meist {port}.',
    database: 'Datenbank',
    user: 'Benutzername',
    password: 'Passwort',
    keepPassword: 'Leer lassen, um das gespeicherte Passwort zu behalten',
    tls: 'Verbindung verschlüsseln (TLS)',
    tlsHint: 'Lassen Sie dies eingeschaltet, außer Ihr IT-Support sagt, dass der Server es nicht nutzt.',
    test: 'Verbindung testen',
    testFailed: 'Die Verbindung hat nicht funktioniert'
  },
  actions: {
    title: 'Was mit diesem Server geschehen soll',
    moveToServer: 'Diese Kartei auf den Server verschieben',
    moveToServerHint: 'Für den ersten Platz: kopiert die Kartei dieses Computers in die leere Datenbank des Servers.',
    joinServer: 'Die Kartei auf diesem Server nutzen',
    joinServerHint: 'Für jeden weiteren Platz, sobald die Kartei auf dem Server liegt.'
  },
  blockers: {
    testFirst: 'Testen Sie zuerst die Verbindung.',
    testAgain: 'Die Einstellungen haben sich seit dem letzten Test geändert: Testen Sie die Verbindung erneut.',
    connectFirst: 'Möglich, sobald die Verbindung funktioniert.',
    serverHoldsRegister: 'Auf dem Server liegt bereits eine Kartei: Nutzen Sie diese.',
    serverIsEmpty: 'Die Datenbank des Servers ist leer: Verschieben Sie zuerst eine Kartei dorthin.',
    needsPasswordStore: 'Nicht möglich, solange dieser Computer das Passwort nicht speichern kann.'
  },
  progress: {
    moveToServer: 'Die Kartei wird auf den Server verschoben… Bei einer großen Kartei kann das ein bis zwei Minuten dauern. Bitte lassen Sie die App geöffnet.',
    joinServer: 'Dieser Platz wechselt zur Kartei auf dem Server…',
    moveToThisComputer: 'Die Kartei wird auf diesen Computer verschoben… Bei einer großen Kartei kann das ein bis zwei Minuten dauern. Bitte lassen Sie die App geöffnet.'
  },
  restarting: 'Fertig. Die App startet neu…',
  failed: {
    moveToServer: 'Die Kartei wurde nicht verschoben. Dieser Platz arbeitet weiter auf diesem Computer.',
    joinServer: 'Dieser Platz wurde nicht umgestellt. Er arbeitet weiter mit seiner bisherigen Kartei.',
    moveToThisComputer: 'Die Kartei wurde nicht verschoben. Dieser Platz arbeitet weiter auf dem Server.'
  },
  back: {
    title: 'Zurück auf diesen Computer',
    text: 'Kopiert die Kartei des Servers in eine Datei auf diesem Computer; danach nutzt dieser Platz den Server nicht mehr. Andere Plätze arbeiten weiter auf dem Server.',
    move: 'Kartei auf diesen Computer verschieben'
  },
  confirmMoveToServer: {
    header: 'Diese Kartei auf den Server verschieben?',
    message:
      'Alles in dieser Kartei wird auf den Server kopiert und dort geprüft. Die Karteidatei auf diesem Computer bleibt unverändert. Danach startet die App neu und arbeitet auf dem Server. Öffnen Sie an jedem anderen Platz dort Einstellungen → Speicherort der Kartei und wählen Sie „Die Kartei auf diesem Server nutzen“.',
    confirm: 'Auf den Server verschieben'
  },
  confirmJoinServer: {
    header: 'Die Kartei auf diesem Server nutzen?',
    message:
      'Dieser Platz arbeitet dann mit der Kartei des Servers mit {count} Kunden. Die Karteidatei auf diesem Computer bleibt erhalten, wird aber nicht mehr genutzt. Danach startet die App neu. | Dieser Platz arbeitet dann mit der Kartei des Servers mit 1 Kunden. Die Karteidatei auf diesem Computer bleibt erhalten, wird aber nicht mehr genutzt. Danach startet die App neu. | Dieser Platz arbeitet dann mit der Kartei des Servers mit {count} Kunden. Die Karteidatei auf diesem Computer bleibt erhalten, wird aber nicht mehr genutzt. Danach startet die App neu.',
    confirm: 'Kartei des Servers nutzen'
  },
  confirmMoveToThisComputer: {
    header: 'Die Kartei auf diesen Computer verschieben?',
    message:
      'Die Kartei des Servers wird in eine neue Datei auf diesem Computer kopiert und geprüft, und dieser Platz nutzt den Server nicht mehr: Was andere Plätze ab jetzt speichern, erscheint hier nicht. Andere Plätze arbeiten weiter auf dem Server. Danach startet die App neu.',
    confirm: 'Auf diesen Computer verschieben'
  }
} satisfies MessageSchema['registerLocation']
