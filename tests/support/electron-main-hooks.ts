import { rmSync } from 'node:fs'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { chmodTree } from './desk-user'
import { bundleElectronStandIn, launchMain, type LaunchOptions, type MainProcess } from './electron-main'
import { makeTempDir, openTempSqliteRegister } from './temp-register'

/**
 * For a vitest file that starts the app's main process: the stand-in is bundled once, and
 * after each test every process started is ended and every folder made is removed.
 */
export function useMainProcesses(): {
  launch(options: LaunchOptions): Promise<MainProcess>
  userDataFolder(): string
  /**
   * A user-data folder holding a real register on this computer with two clients (Zoë
   * Łukasiewicz, Mark Benson), closed, of a clinic that said at its first start that one
   * person works here (no sign-in).
   */
  userDataWithRegister(): Promise<{ userData: string; file: string }>
} {
  let standIn: { file: string; remove(): void } | undefined
  const running: MainProcess[] = []
  const folders: string[] = []
  beforeAll(async () => {
    standIn = await bundleElectronStandIn()
  })
  afterEach(async () => {
    for (const main of running.splice(0)) await main.stop()
    for (const folder of folders.splice(0)) {
      chmodTree(folder, 0o755, 0o644)
      rmSync(folder, { recursive: true, force: true })
    }
  })
  afterAll(() => standIn?.remove())
  function userDataFolder(): string {
    const folder = makeTempDir()
    folders.push(folder)
    return folder
  }
  return {
    async launch(options) {
      if (!standIn) throw new Error('The Electron stand-in is not bundled yet.')
      const main = await launchMain(standIn, options)
      running.push(main)
      return main
    },
    userDataFolder,
    async userDataWithRegister() {
      const userData = userDataFolder()
      const register = await openTempSqliteRegister({ dir: userData })
      await register.ok('clients.create', { givenName: 'Zoë', familyName: 'Łukasiewicz' })
      await register.ok('clients.create', { givenName: 'Mark', familyName: 'Benson' })
      await register.ok('desk.setUp', { signIn: 'none' })
      await register.close()
      return { userData, file: register.file }
    }
  }
}
