import { backupsDir, listBackups } from './backup-files'
import { inspectRegisterFile, RegisterFileProblem, type RegisterHealth } from './register-inspection'

/** The newest automatic backup that passes every check, if any does. */
export function latestGoodBackup(registerFile: string, options: { nativeBinding?: string } = {}): (RegisterHealth & { file: string }) | undefined {
  for (const backup of listBackups(backupsDir(registerFile))) {
    try {
      return inspectRegisterFile(backup.path, options)
    } catch (error) {
      if (!(error instanceof RegisterFileProblem)) throw error
    }
  }
  return undefined
}
