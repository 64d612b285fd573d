import type { SafeStorage } from 'electron'
import { DatabaseOpenError } from '../db/database-open-error'
import { words } from '@shared/words/words'

/** Where a desk keeps the server's password: sealed by the system, never as plain text on disk. */
export interface PasswordStore {
  /** Why this computer cannot keep a password safely; undefined when it can. */
  problem(): string | undefined
  /** The password sealed with this computer account's key, as text for the settings file. */
  seal(password: string): string
  unseal(sealed: string): string
}

/**
 * Electron's safeStorage: the macOS Keychain, Windows DPAPI, or the Linux desktop's secret
 * service. On Linux with no secret service it would "encrypt" with a key written in
 * Chromium's source (the basic_text backend): that is refused rather than called safe.
 */
export function systemPasswordStore(safeStorage: SafeStorage, platform: NodeJS.Platform = process.platform): PasswordStore {
  return {
    problem() {
      if (!safeStorage.isEncryptionAvailable()) return words('open.noKeyStore')
      if (platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return words('open.noKeyStore')
      return undefined
    },
    seal(password) {
      return safeStorage.encryptString(password).toString('base64')
    },
    unseal(sealed) {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'))
      } catch {
        throw new DatabaseOpenError('password_unavailable', words('open.passwordUnreadable'))
      }
    }
  }
}
