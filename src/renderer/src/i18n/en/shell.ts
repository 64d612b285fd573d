export default {
  nav: {
    label: 'Main',
    register: 'Register',
    today: 'Today',
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
    settings: 'Clinic settings',
    protocol: 'Aftercare protocol',
    data: 'Data & privacy',
    audit: 'Audit log'
  }
}
