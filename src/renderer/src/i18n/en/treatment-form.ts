export default {
  title: 'Record treatment',
  forClient: 'for',
  save: 'Save treatment',
  saved: 'Treatment recorded',
  showChoices: 'Show earlier choices for {field}',
  when: {
    title: 'When and by whom',
    date: 'Date',
    time: 'Time',
    timeZone: 'Date and time on this computer’s clock ({zone}).',
    practitioner: 'Practitioner',
    device: 'Device'
  },
  zones: {
    title: 'Zones and needle depths',
    zone: 'Zone',
    depth: 'Needle depth',
    unit: 'mm',
    choose: 'Choose a zone',
    zoneOfRow: 'Zone, row {row}',
    depthOfRow: 'Needle depth in millimetres, row {row}',
    remove: 'Remove row {row}',
    add: 'Add zone'
  },
  deepest: {
    label: 'Deepest:',
    why: '— this decides the aftercare',
    pending: 'Enter the needle depths: the deepest one decides the aftercare.'
  },
  details: {
    title: 'Details',
    concerns: 'Concerns treated',
    products: 'Products',
    productsPlaceholder: 'Serums or topicals applied',
    session: 'Session number',
    notes: 'Notes',
    notesPlaceholder: 'How the skin responded, anything to follow up…'
  }
}
