/** The automatic backups beside the register, as the Data & privacy screen shows them. */
export interface BackupOverview {
  /** The folder they are kept in, beside the register. */
  folder: string
  /** Newest first. */
  backups: {
    fileName: string
    /** When it was made, as an ISO instant. */
    takenAt: string
    reason: 'daily' | 'before-migration' | 'before-restore' | 'manual'
    bytes: number
  }[]
}
