import { closeSync, openSync, readSync, statSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { MIGRATIONS } from '../db/migrations'
import { checkMigrationHistory, readAppliedMigrations } from '../db/migrator'
import { DatabaseOpenError } from '../db/database-open-error'
import { words } from '@shared/words/words'

/** What a healthy register file holds. */
export interface RegisterHealth {
  ok: true
  file: string
  dataVersion: number
  clients: number
  treatments: number
  handouts: number
}

const SQLITE_HEADER = 'SQLite format 3\0'
const REGISTER_TABLES = ['schema_migrations', 'clients', 'treatments']

/** A file that is not a usable register, with a message for the person restoring it. */
export class RegisterFileProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegisterFileProblem'
  }
}

/**
 * Checks a register file without changing it: the SQLite header, SQLite's full integrity
 * check, that it is an Aftercare Desk register, and that this app is not too old for it.
 */
export function inspectRegisterFile(
  file: string,
  options: { nativeBinding?: string; /** The name to use in messages, when `file` is a private copy. */ label?: string } = {}
): RegisterHealth {
  const name = options.label ?? file
  if (!hasSqliteHeader(file)) {
    throw new RegisterFileProblem(words('registerFile.notADatabase', { name }))
  }
  let sqlite: Sqlite.Database
  try {
    sqlite = new Sqlite(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding })
  } catch (error) {
    throw new RegisterFileProblem(words('registerFile.cannotOpen', { name, detail: describe(error) }))
  }
  try {
    const integrity = integrityProblems(sqlite)
    if (integrity.length > 0) {
      throw new RegisterFileProblem(words('registerFile.damaged', { name, detail: integrity.slice(0, 3).join('; ') }))
    }
    const tables = new Set(
      (sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name)
    )
    if (!REGISTER_TABLES.every((table) => tables.has(table))) {
      throw new RegisterFileProblem(words('registerFile.notARegister', { name }))
    }
    const applied = readAppliedMigrations(sqlite)
    try {
      checkMigrationHistory(applied, MIGRATIONS)
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw new RegisterFileProblem(error.message)
      throw error
    }
    const count = (table: string): number =>
      tables.has(table) ? (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n : 0
    return {
      ok: true,
      file,
      dataVersion: applied.at(-1)?.version ?? 0,
      clients: count('clients'),
      treatments: count('treatments'),
      handouts: count('handout_log')
    }
  } catch (error) {
    if (error instanceof RegisterFileProblem) throw error
    throw new RegisterFileProblem(words('registerFile.unreadable', { name, detail: describe(error) }))
  } finally {
    sqlite.close()
  }
}

/** What SQLite's integrity check finds wrong; empty when the file is sound. */
export function integrityProblems(sqlite: Sqlite.Database): string[] {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[]
  return rows.map((row) => row.integrity_check).filter((line) => line !== 'ok')
}

function hasSqliteHeader(file: string): boolean {
  try {
    if (statSync(file).size < 512) return false
    const descriptor = openSync(file, 'r')
    try {
      const header = Buffer.alloc(SQLITE_HEADER.length)
      readSync(descriptor, header, 0, header.length, 0)
      return header.toString('latin1') === SQLITE_HEADER
    } finally {
      closeSync(descriptor)
    }
  } catch {
    return false
  }
}

/**
 * An error's own text, SQLite's, in English whatever the desk's language: it comes only as the
 * detail at the end of a sentence in the desk's words, because it is the engine's message,
 * the one IT looks up.
 */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** SQLite's quicker structural check, for every start: empty when the file is sound. */
export function quickCheckProblems(sqlite: Sqlite.Database): string[] {
  const rows = sqlite.pragma('quick_check') as { quick_check: string }[]
  return rows.map((row) => row.quick_check).filter((line) => line !== 'ok')
}
