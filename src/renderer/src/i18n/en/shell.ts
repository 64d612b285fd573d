export default {
  nav: {
    label: 'Main',
    register: 'Register',
    today: 'Today',
    recalls: 'Recalls',
    newClient: 'New client',
    settings: 'Settings',
    data: 'Data & privacy'
  },
  titles: {
    register: 'Register',
    client: 'Client',
    newClient: 'New client',
    editClient: 'Edit client',
    recordTreatment: 'Record treatment',
    today: 'Today',
    recalls: 'Recalls',
    settings: 'Clinic settings',
    protocol: 'Aftercare protocol',
    screeningEditor: 'Screening questionnaire',
    registerLocation: 'Register location',
    staff: 'Staff',
    data: 'Data & privacy',
    audit: 'Audit log'
  },
  unreachable: {
    title: 'The register cannot be reached.',
    text: 'If it is on the clinic’s server, check the network cable or ask your IT support. What you type stays on screen, and a save you asked for is made as soon as the register answers again.'
  }
}
