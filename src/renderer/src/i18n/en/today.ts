export default {
  title: 'Today',
  count: 'no treatments yet | 1 treatment | {count} treatments',
  emptyTitle: 'No treatments recorded today yet',
  emptyText: 'Treatments you record today appear here, the latest first.',
  deepest: 'Deepest',
  practitioner: 'Practitioner',
  noPractitioner: 'Not recorded'
}
