import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { backupFileName, backupsDir, writeBackup } from './backup-files'
import { inspectRegisterFile, RegisterFileProblem, type RegisterHealth } from './register-inspection'
import { words } from '@shared/words/words'

export interface RestoreResult {
  restored: RegisterHealth
  /** Where the register that was replaced was kept, if there was one. */
  previousKeptAt?: string
}

/**
 * Replaces the register at `registerFile` with the backup `source`. Nothing is touched until
 * a private copy of the backup has passed every check; the current register is then kept in
 * the backups folder and the copy renamed into place in one step. The register must not be
 * open while this runs.
 */
export async function restoreRegister(
  registerFile: string,
  source: string,
  options: { nativeBinding?: string; now?: Date } = {}
): Promise<RestoreResult> {
  if (!existsSync(source)) throw new RegisterFileProblem(words('registerFile.noFile', { file: source }))
  const staging = `${registerFile}.restoring`
  rmSync(staging, { force: true })
  try {
    copyFileSync(source, staging)
    selfContained(staging, options.nativeBinding)
    const restored = { ...inspectRegisterFile(staging, { ...options, label: source }), file: registerFile }
    const previousKeptAt = existsSync(registerFile)
      ? await keepCurrent(registerFile, options.now ?? new Date(), options.nativeBinding)
      : undefined
    for (const sidecar of ['-wal', '-shm']) rmSync(`${registerFile}${sidecar}`, { force: true })
    renameSync(staging, registerFile)
    return { restored, ...(previousKeptAt && { previousKeptAt }) }
  } finally {
    for (const leftover of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(leftover, { force: true })
  }
}

/** Checks a backup file the way a restore would, on a private copy, touching nothing else. */
export function checkBackup(source: string, options: { nativeBinding?: string } = {}): RegisterHealth {
  const folder = mkdtempSync(join(tmpdir(), 'aftercare-check-'))
  try {
    return checkedCopy(source, join(folder, 'candidate.sqlite3'), options)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Copies a backup to `copy`, a single file of its own, and checks that copy; `source` is never opened. */
export function checkedCopy(source: string, copy: string, options: { nativeBinding?: string } = {}): RegisterHealth {
  if (!existsSync(source)) throw new RegisterFileProblem(words('registerFile.noFile', { file: source }))
  copyFileSync(source, copy)
  selfContained(copy, options.nativeBinding)
  return { ...inspectRegisterFile(copy, { ...options, label: source }), file: source }
}

/** Folds any write-ahead log into the copy and leaves it a single file. */
function selfContained(file: string, nativeBinding?: string): void {
  let sqlite: Sqlite.Database | undefined
  try {
    sqlite = new Sqlite(file, { fileMustExist: true, nativeBinding })
    sqlite.pragma('journal_mode = DELETE')
  } catch {
    // Not a database, or damaged: the inspection that follows says which, in words.
  } finally {
    sqlite?.close()
  }
}

/** Keeps the register being replaced: an online backup, or the raw file if it is too damaged to open. */
async function keepCurrent(registerFile: string, now: Date, nativeBinding?: string): Promise<string> {
  const dir = backupsDir(registerFile)
  mkdirSync(dir, { recursive: true })
  const destination = join(dir, backupFileName('before-restore', now))
  let sqlite: Sqlite.Database | undefined
  try {
    sqlite = new Sqlite(registerFile, { fileMustExist: true, nativeBinding })
    await writeBackup(sqlite, destination)
  } catch {
    copyFileSync(registerFile, destination)
    if (existsSync(`${registerFile}-wal`)) copyFileSync(`${registerFile}-wal`, `${destination}-wal`)
  } finally {
    sqlite?.close()
  }
  return destination
}
