import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * node_modules holds better-sqlite3 built for Node (tests, the admin CLI); the postinstall
 * step builds a copy for Electron's ABI here. Packaged apps are rebuilt by electron-builder
 * and use the default binding.
 */
export const ELECTRON_NATIVE_DIR = join('build', 'electron-native')

export function electronNativeBinding(appRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined
  const binding = join(appRoot, ELECTRON_NATIVE_DIR, 'better_sqlite3.node')
  if (!existsSync(binding)) {
    throw new Error(
      `better-sqlite3 has not been built for Electron (${binding} is missing). Run "npm ci" on a machine where the Electron binary can be downloaded.`
    )
  }
  return binding
}
