/** The Data & privacy screen: backups, restore, CSV export and import. */
export default {
  title: 'Data & privacy'
}
