/** The audit log viewer. */
export default {
  title: 'Audit log'
}
