export default {
  actions: {
    label: 'Handout',
    language: 'Handout language',
    preview: 'Preview',
    print: 'Print handout',
    save: 'Save',
    savePdf: 'Save PDF…',
    saveCalendar: 'Save 14-day calendar PDF…',
    saveIcs: 'Save calendar (.ics)…'
  },
  kind: {
    handout: 'Handout',
    calendar: '14-day calendar',
    ics: 'Calendar file (.ics)'
  },
  givenBy: 'Given by',
  saved: 'Saved',
  frontDesk: 'Front desk',
  failed: {
    preview: 'The handout could not be shown',
    print: 'The handout could not be printed',
    save: 'The file could not be saved'
  },
  log: {
    title: 'Handouts given',
    empty: 'Nothing given yet. Handouts you print, preview or save are listed here.',
    given: '{when} by {by}',
    reprint: {
      identical: 'reprint, identical to the original',
      'current layout': 'reprint, same words and dates in the current layout'
    },
    reprintAction: 'Reprint',
    reprintLabel: 'Reprint the {what} of {when}'
  },
  printAll: {
    action: 'Print all handouts',
    progressLabel: 'Making handouts',
    progress: '{done} of {total}',
    fileName: 'handouts'
  }
}
