export default {
  nav: {
    label: 'Main',
    register: 'Register',
    today: 'Today',
    newClient: 'New client'
  },
  titles: {
    register: 'Register',
    client: 'Client',
    newClient: 'New client',
    editClient: 'Edit client',
    recordTreatment: 'Record treatment',
    today: 'Today'
  }
}
