export default {
  newTitle: 'New client',
  editTitle: 'Edit client',
  subtitle: 'Only the name is needed now; the rest can be added later.',
  givenName: 'First name',
  familyName: 'Family name',
  phone: 'Phone',
  email: 'Email',
  language: 'Handout language',
  languageHint: 'Aftercare handouts for this client are printed in this language.',
  skinType: 'Skin type (Fitzpatrick)',
  skinTypeUnknown: 'Not assessed',
  notes: 'Notes',
  notesPlaceholder: 'Allergies, contraindications, medication, preferences…',
  addClient: 'Add client',
  saveChanges: 'Save changes',
  added: '{name} was added to the register',
  savedChanges: 'Changes to {name} were saved',
  conflict: {
    title: 'Saved at another desk while you were editing',
    field: 'Detail',
    theirs: 'Saved at the other desk',
    mine: 'Yours, not saved yet',
    same: 'The details saved there are the same as yours.',
    keepMine: 'Save mine instead',
    takeTheirs: 'Use theirs'
  },
  dateOfBirth: {
    label: 'Date of birth',
    hint: 'Type it as {pattern} or YYYY-MM-DD.',
    understoodAs: 'Understood as {date} (age {age})',
    unreadable: 'Type the date of birth as {pattern} or YYYY-MM-DD, with the year in full.',
    pattern: {
      'day-first': 'DD/MM/YYYY',
      'month-first': 'MM/DD/YYYY',
      'year-first': 'YYYY-MM-DD'
    }
  }
}
