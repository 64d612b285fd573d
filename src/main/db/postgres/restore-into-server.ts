import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { backupFileName } from '../../safety/backup-files'
import { checkedCopy, type RestoreResult } from '../../safety/restore'
import { openSqliteRegister } from '../open-sqlite-register'
import { copyRegister, COPIED_TABLES } from '../register-copy'
import type { PostgresRegisterDatabase } from '../register-database'
import type { Database } from '../schema'

/**
 * Replaces a server register's data with a backup file's. The backup is checked first on a
 * private copy (brought to this app's data version there, if older). Then, in one
 * transaction that first locks every table against writes (desks may still read, and their
 * saves wait), the server's current data is saved as a backup on this computer and replaced:
 * nothing another desk saves can fall between the two, and the other desks see the register
 * as it was until the moment it is the backup's, never a mixture.
 */
export async function restoreIntoServer(register: PostgresRegisterDatabase, source: string, now = new Date()): Promise<RestoreResult> {
  const folder = mkdtempSync(join(tmpdir(), 'aftercare-restore-'))
  try {
    const copy = join(folder, 'backup.sqlite3')
    const health = checkedCopy(source, copy)
    const backup = await openSqliteRegister(copy)
    try {
      mkdirSync(register.backupsDir, { recursive: true })
      const previousKeptAt = join(register.backupsDir, backupFileName('before-restore', now))
      await register.inOneTransaction(async () => {
        await sql`lock table ${sql.join(COPIED_TABLES.map(({ table }) => sql.table(table)))} in exclusive mode`.execute(register.db)
        // Read inside this transaction: the register as it is, with every write held off.
        await register.writeBackup(previousKeptAt)
        const { mark } = await register.db.selectFrom('register_changes').select('mark').executeTakeFirstOrThrow()
        await emptyRegister(register.db)
        await copyRegister(backup, register)
        // Past every mark a desk has seen, so every desk reloads what it shows.
        await register.db.updateTable('register_changes').set({ mark: mark + 1 }).execute()
      })
      return { restored: { ...health, file: register.location }, previousKeptAt }
    } finally {
      await backup.close()
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * Empties every table for the backup's rows, inside the restore's transaction. The audit
 * log refuses deletion to the app; a restore replaces it with the backup's (as restoring a
 * file does), so its guard is lifted for this transaction only.
 */
async function emptyRegister(db: Kysely<Database>): Promise<void> {
  await sql`alter table audit_log disable trigger user`.execute(db)
  await sql`truncate ${sql.join(COPIED_TABLES.map(({ table }) => sql.table(table)))}`.execute(db)
  await sql`alter table audit_log enable trigger user`.execute(db)
}
