import { AUDIT_LOG_WORDS_EN } from '@shared/audit/audit-log-words/en'
/** Settings → Staff: the people who sign in, and how the desk is locked. */
export default {
  doctor: 'Doctor',
  doctorHint: 'A doctor may, like the owner, let a visit go ahead that the screening advised against, with a written reason.',
  title: 'Staff',
  subtitle: 'The people who use this desk, what each may do, and when the desk locks itself.',
  clinicSettings: 'Clinic settings',
  link: 'Staff',
  roles: AUDIT_LOG_WORDS_EN.staff.roles,
  roleHints: {
    reception: 'Register, clients, treatments, handouts and Today.',
    practitioner: 'As reception, and may change a treatment’s zones and depths.',
    owner: 'Everything: settings, staff, the protocol, backups, exports and the audit log.'
  },
  access: {
    title: 'Signing in',
    signIn: 'Staff sign in with a PIN',
    signInHint: 'Each person taps their name and types their PIN. Off: nobody signs in, and everyone at the desk can do everything.',
    minutes: 'Lock after (minutes)',
    minutesHint: 'The desk locks itself after this many minutes with nobody using it. 1 to 60.',
    save: 'Save',
    saved: 'Sign-in settings saved',
    turnOn: {
      header: 'Turn on sign-in?',
      message: 'As soon as this is saved, the desk locks and everyone signs in with their own PIN, you too. Make sure you know the owner’s PIN.',
      confirm: 'Turn on and lock'
    },
    turnOff: {
      header: 'Turn off sign-in?',
      message: 'Nobody will sign in, and the desk will never lock: anyone at the desk can do everything the owner can, and read every client’s notes.',
      confirm: 'Turn off sign-in'
    }
  },
  list: {
    title: 'People',
    label: 'Staff',
    name: 'Name',
    role: 'Role',
    status: 'Status',
    actions: 'Actions',
    active: 'Active',
    inactive: 'Inactive',
    none: 'Nobody yet. Add the owner first, then everyone else.',
    edit: 'Edit',
    editLabel: 'Edit {name}',
    newPin: 'New PIN',
    newPinLabel: 'New PIN for {name}'
  },
  add: {
    title: 'Add a person',
    name: 'Name',
    role: 'Role',
    pin: 'PIN',
    pinHint: '4 to 8 digits. Tell it to the person; they can ask you for a new one at any time.',
    pinAgain: 'PIN again',
    submit: 'Add to the staff',
    added: '{name} added to the staff'
  },
  edit: {
    title: 'Edit {name}',
    active: 'Can sign in',
    activeHint: 'Someone who has left is made inactive, never deleted: the audit log and their treatments keep their name.',
    save: 'Save',
    saved: '{name} saved'
  },
  pin: {
    title: 'New PIN for {name}',
    pin: 'New PIN',
    pinAgain: 'New PIN again',
    save: 'Set the new PIN',
    saved: 'New PIN set for {name}'
  },
  pinsDiffer: 'The two PINs are not the same. Type the same PIN twice.'
}
