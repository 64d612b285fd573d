import type { CallError } from '@shared/contract/errors'
import { AppError, unexpectedFailure } from './api/app-error'
import { RegisterFileProblem } from './safety/register-inspection'
import { words } from '@shared/words/words'

/**
 * Why a file the desk chose could not be written or used, in the desk's words: never the
 * exception's own text ("EACCES: permission denied, open ...").
 */
export function deskFileFailure(error: unknown): CallError {
  if (error instanceof AppError) return { code: error.code, message: error.message }
  if (error instanceof RegisterFileProblem) {
    return { code: 'invalid_input', message: `${error.message} ${words('deskFile.registerUnchanged')}` }
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  // SQLite writing a backup where it may not (or to a folder that is gone) says so in its own codes.
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_FULL')) {
    return { code: 'file_unavailable', message: words('deskFile.backupNotWritten') }
  }
  if (code === 'ENOSPC') {
    return { code: 'file_unavailable', message: words('deskFile.diskFull') }
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'file_unavailable', message: words('deskFile.noPermission') }
  }
  if (code.startsWith('E')) {
    return { code: 'file_unavailable', message: words('deskFile.notSaved') }
  }
  console.error('Unexpected failure with a desk file:', error)
  return unexpectedFailure()
}
