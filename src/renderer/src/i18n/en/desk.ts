/** Who is at the desk: the first start's question, the lock screen, signing in, and the person in the top bar. */
export default {
  setUp: {
    title: 'Who works here?',
    intro: 'Each person at the desk can sign in with a short PIN, and the desk locks itself when it is left, so nobody at the counter can read a client’s notes.',
    ownerTitle: 'Start with the clinic owner',
    ownerText: 'The owner can do everything, and adds everyone else in Settings → Staff.',
    ownerName: 'Owner’s name',
    pin: 'PIN',
    pinHint: '4 to 8 digits. Nobody else sees it, and it is never printed.',
    pinAgain: 'PIN again',
    create: 'Create the owner and sign in',
    or: 'or',
    aloneTitle: 'One person works here',
    aloneText: 'No sign-in and no lock: the app opens straight away, with everything available. The owner can turn sign-in on later in Settings → Staff.',
    alone: 'One person works here (no sign-in)',
    serverTitle: 'Another desk of the clinic',
    serverText: 'Where the clinic’s register is already on its server, this desk uses it, with the clinic’s staff.',
    joinServer: 'Join the clinic’s server…'
  },
  lock: {
    locked: 'The desk is locked.',
    chooseName: 'Tap your name to sign in.',
    staffLabel: 'Staff',
    nobody: 'Nobody can be listed just now: the staff list could not be read. Check that the register can be reached, then try again.',
    tryAgain: 'Try again'
  },
  signIn: {
    title: 'Sign in as {name}',
    pin: 'PIN',
    submit: 'Sign in',
    someoneElse: 'Someone else',
    failed: 'Signing in did not work. Please try again.'
  },
  person: {
    label: 'Signed in',
    switch: 'Switch',
    switchHint: 'Hand the desk to someone else',
    lock: 'Lock'
  },
  refused: {
    title: 'This screen is for the clinic owner',
    text: 'Only the clinic owner can open it. Sign in as the owner to use it.',
    back: 'Go to the register'
  },
  start: {
    title: 'The desk could not start',
    tryAgain: 'Try again'
  }
}
