export default {
  title: 'Register',
  showArchived: 'Show archived clients',
  listLabel: 'Clients',
  search: {
    label: 'Find a client',
    placeholder: 'Find a client by name, phone, email or date of birth'
  },
  summary: {
    browsing: 'No clients to show | 1 client, most recently active first | {count} clients, most recently active first',
    searching: 'Searching…',
    matches: 'No clients match “{query}” | 1 client matches “{query}” | {count} clients match “{query}”',
    truncated: 'Showing the best {limit} matches: type more to narrow the search'
  },
  columns: {
    name: 'Name',
    dateOfBirth: 'Date of birth',
    phone: 'Phone',
    lastActivity: 'Last activity'
  },
  row: {
    dateOfBirth: '{date} ({age})',
    archived: 'Archived'
  },
  noMatches: {
    title: 'No clients match “{query}”',
    text: 'Check the spelling, or try a phone number or date of birth. Accents don’t matter: “zoe” finds “Zoë”.',
    addClient: 'Add a new client'
  },
  welcome: {
    title: 'Welcome to Aftercare Desk',
    text: 'The register is empty. Add your first client to start recording treatments and printing aftercare advice.',
    addFirstClient: 'Add your first client',
    privacy: 'Everything is kept on this computer.'
  }
}
