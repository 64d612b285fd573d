import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The product name; Electron names the user-data folder after it. */
export const PRODUCT_NAME = 'Aftercare Desk'
export const DATABASE_FILE_NAME = 'register.sqlite3'

/**
 * Where Electron's `app.getPath('userData')` points, worked out without Electron, so the
 * admin CLI opens the same register as the app.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME)
}

export function defaultDatabaseFile(): string {
  return join(userDataDir(), DATABASE_FILE_NAME)
}

/** Where this computer keeps backups of a register on the clinic's server. */
export function serverBackupsDir(userData: string = userDataDir()): string {
  return join(userData, 'server-backups')
}

/** The project folder (where package.json is), found by walking up from a module's URL. */
export function projectRoot(fromUrl: string): string {
  let folder = dirname(fileURLToPath(fromUrl))
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`No package.json above ${fromUrl}.`)
    folder = parent
  }
  return folder
}

/** The bundled handout fonts of the project at `root`. */
export function fontsDir(root: string): string {
  return join(root, 'resources', 'fonts')
}
