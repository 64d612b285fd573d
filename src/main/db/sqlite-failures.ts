import type { CallError } from '@shared/contract/errors'
import { words } from '@shared/words/words'
import { isSqliteError } from './open-sqlite-register'

/**
 * What SQLite's own failures mean for the desk. Each leaves the transaction rolled back (by
 * SQLite itself or by Kysely), so "nothing was saved" is true of the change that failed.
 * tests/integration/faults.test.ts causes the busy, full, read-only and I/O cases for real.
 */
export function sqliteProblem(error: unknown): CallError | undefined {
  if (isSqliteError(error, 'SQLITE_BUSY') || isSqliteError(error, 'SQLITE_LOCKED')) {
    return {
      code: 'database_busy',
      message: words('sqlite.busy')
    }
  }
  if (isSqliteError(error, 'SQLITE_FULL')) {
    return {
      code: 'database_unavailable',
      message: words('sqlite.diskFull')
    }
  }
  if (isSqliteError(error, 'SQLITE_READONLY') || isSqliteError(error, 'SQLITE_PERM')) {
    return {
      code: 'database_unavailable',
      message: words('sqlite.readOnly')
    }
  }
  if (isSqliteError(error, 'SQLITE_IOERR') || isSqliteError(error, 'SQLITE_CANTOPEN') || rolledBackBySqlite(error)) {
    return {
      code: 'database_unavailable',
      message: words('sqlite.ioFailure')
    }
  }
  if (isSqliteError(error, 'SQLITE_CORRUPT') || isSqliteError(error, 'SQLITE_NOTADB')) {
    return {
      code: 'database_unavailable',
      message: words('sqlite.damaged')
    }
  }
  return undefined
}

/**
 * After a disk failure (full, I/O error) inside a transaction SQLite rolls the transaction back
 * itself; Kysely then asks for a rollback too, and SQLite's "no transaction is active" replaces
 * the original error. It still means the change was undone because the disk failed.
 */
function rolledBackBySqlite(error: unknown): boolean {
  return isSqliteError(error, 'SQLITE_ERROR') && /cannot rollback - no transaction is active/.test((error as Error).message)
}
