/** Settings → Register location: this computer's file, or the clinic's server every desk shares. */
export default {
  title: 'Register location',
  subtitle: 'Where this desk keeps its register: in a file on this computer, or on the clinic’s server that several desks share.',
  clinicSettings: 'Clinic settings',
  firstStart: 'Back',
  now: {
    title: 'Where the register is now',
    thisComputer: 'This computer',
    thisComputerText: 'Only this desk uses this register.',
    server: 'The clinic’s server',
    serverText: 'Every desk that uses this server works on the same register.',
    file: 'Register file',
    earlierFile: 'This computer’s earlier register file (kept, not in use)',
    address: 'Server',
    user: 'User',
    tls: 'Encrypted connection (TLS)',
    on: 'On',
    off: 'Off',
    password: 'Password',
    passwordKept: 'Kept safely on this computer',
    passwordNotKept: 'None kept'
  },
  passwordStore: {
    title: 'This computer cannot keep the server’s password safely.',
    consequence: 'Moving the register or using the server’s register needs it, so both are off until this is solved. Test connection still works.'
  },
  server: {
    title: 'The clinic’s server',
    introThisComputer: 'To share one register between several desks, enter the server your IT support set up, then test the connection.',
    introServer: 'If the server’s address or password has changed, enter the new settings, test them, then use them.',
    host: 'Server name or address',
    hostPlaceholder: 'clinic-server or 192.168.1.20',
    port: 'Port',
    portHint: 'Usually {port}.',
    database: 'Database',
    user: 'User name',
    password: 'Password',
    keepPassword: 'Empty keeps the saved password',
    tls: 'Encrypt the connection (TLS)',
    tlsHint: 'Keep this on unless your IT support says the server does not use it.',
    test: 'Test connection',
    testFailed: 'The connection did not work'
  },
  actions: {
    title: 'What to do with this server',
    moveToServer: 'Move this register to the server',
    moveToServerHint: 'For the first desk: copies this computer’s register into the server’s empty database.',
    joinServer: 'Use the register on this server',
    joinServerHint: 'For every other desk, once the register is on the server.'
  },
  blockers: {
    testFirst: 'Test the connection first.',
    testAgain: 'The settings changed since the last test: test the connection again.',
    connectFirst: 'Possible once the connection works.',
    serverHoldsRegister: 'The server already holds a register: use it instead.',
    serverIsEmpty: 'The server’s database is empty: move a register there first.',
    needsPasswordStore: 'Not possible while this computer cannot keep the password.'
  },
  progress: {
    moveToServer: 'Moving the register to the server… This can take a minute or two for a large register. Please keep the app open.',
    joinServer: 'Switching this desk to the server’s register…',
    moveToThisComputer: 'Moving the register to this computer… This can take a minute or two for a large register. Please keep the app open.'
  },
  restarting: 'Done. The app is restarting…',
  failed: {
    moveToServer: 'The register was not moved. This desk keeps working on this computer.',
    joinServer: 'This desk was not switched. It keeps working on its register as before.',
    moveToThisComputer: 'The register was not moved. This desk keeps working on the server.'
  },
  back: {
    title: 'Back to this computer',
    text: 'Copies the server’s register into a file on this computer; this desk then stops using the server. Other desks keep working on the server.',
    move: 'Move the register to this computer'
  },
  confirmMoveToServer: {
    header: 'Move this register to the server?',
    message:
      'Everything in this register is copied to the server and checked there. The register file on this computer is kept unchanged. The app then restarts, working on the server. At each other desk, open Settings → Register location there and choose “Use the register on this server”.',
    confirm: 'Move to the server'
  },
  confirmJoinServer: {
    header: 'Use the register on this server?',
    message:
      'This desk will work on the server’s register of {count} clients. The register file on this computer is kept as it is, but no longer used. The app then restarts. | This desk will work on the server’s register of 1 client. The register file on this computer is kept as it is, but no longer used. The app then restarts. | This desk will work on the server’s register of {count} clients. The register file on this computer is kept as it is, but no longer used. The app then restarts.',
    confirm: 'Use the server’s register'
  },
  confirmMoveToThisComputer: {
    header: 'Move the register to this computer?',
    message:
      'The server’s register is copied into a new file on this computer and checked, and this desk stops using the server: what other desks save from now on will not show here. Other desks keep working on the server. The app then restarts.',
    confirm: 'Move to this computer'
  }
}
