export default {
  appName: 'Aftercare Desk',
  yes: 'Yes',
  no: 'No',
  cancel: 'Cancel',
  optional: 'optional',
  notesCounter: '{count} / {max} characters',
  millimetres: '{depth} mm',
  /** A clinic's own sentence edited in one of its languages (the questionnaire's questions and reasons). */
  translatedText: {
    emptyUsesEnglish: 'Left empty, the desk shows the English.',
    checkTranslations: 'Changed the English? Check the Spanish, French and German still say the same.'
  },
  errors: {
    checkForm: 'Please check the form',
    notFound: 'Not found',
    busy: 'The register is busy',
    unavailable: 'The register could not be reached',
    fileUnavailable: 'The file could not be saved',
    forbidden: 'Not allowed',
    signedOut: 'Signed out',
    conflict: 'Changed at another desk',
    unexpected: 'Something went wrong',
    tryAgain: 'Nothing was changed. Please try again; if it keeps happening, contact your IT support.'
  },
  waitingToSave: 'The register cannot be reached, so this is not saved yet. What you typed is kept, and it will be saved as soon as the register answers again.',
  leave: {
    title: 'Leave without saving?',
    message: 'What you typed on this form has not been saved yet.',
    stay: 'Keep editing',
    leave: 'Leave without saving'
  },
  picker: {
    today: 'Today',
    clear: 'Clear',
    chooseDate: 'Choose a date',
    chooseMonth: 'Choose a month',
    chooseYear: 'Choose a year',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
    previousHour: 'Earlier hour',
    nextHour: 'Later hour',
    previousMinute: 'Earlier minute',
    nextMinute: 'Later minute',
    noOptions: 'Nothing to choose from yet',
    noMatches: 'Nothing matches; what you typed will be used',
    noChoiceMatches: 'Nothing in the list matches what you typed'
  },
  /** Read out by screen readers on PrimeVue's own buttons and lists; `{count}` is a number PrimeVue puts in. */
  screenReader: {
    close: 'Close',
    previous: 'Previous',
    next: 'Next',
    optionList: 'Option list',
    results: '{count} results are available',
    selected: '{count} items selected',
    noneSelected: 'Nothing selected'
  }
}
