import type { CallError } from '@shared/contract/errors'
import { AppError, unexpectedFailure } from './api/app-error'
import { RegisterFileProblem } from './safety/register-inspection'

/**
 * Why a file the desk chose could not be written or used, in the desk's words: never the
 * exception's own text ("EACCES: permission denied, open ...").
 */
export function deskFileFailure(error: unknown): CallError {
  if (error instanceof AppError) return { code: error.code, message: error.message }
  if (error instanceof RegisterFileProblem) {
    return { code: 'invalid_input', message: `${error.message} Your current register was not changed.` }
  }
  const code = error instanceof Error && 'code' in error ? String(error.code) : ''
  // SQLite writing a backup where it may not (or to a folder that is gone) says so in its own codes.
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_FULL')) {
    return {
      code: 'file_unavailable',
      message: 'The backup could not be written there. Check that the USB stick or network folder is still connected and has room, or choose another place.'
    }
  }
  if (code === 'ENOSPC') {
    return { code: 'file_unavailable', message: 'The disk is full, so the file was not saved. Free some space, or choose another place.' }
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      code: 'file_unavailable',
      message: 'This computer account may not save files in that folder, so nothing was saved. Choose another folder, such as Documents.'
    }
  }
  if (code.startsWith('E')) {
    return {
      code: 'file_unavailable',
      message: 'The file could not be saved there. Check that the USB stick or network folder is still connected, or choose another place.'
    }
  }
  console.error('Unexpected failure with a desk file:', error)
  return unexpectedFailure()
}
