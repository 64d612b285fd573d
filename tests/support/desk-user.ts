import { spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

// chmod does not stop root. Run as root (as in CI), a desk process runs as the unprivileged
// user `nobody`, so permissions bind it exactly as they bind a desk user.
const runningAsRoot = process.getuid?.() === 0

/** The spawn options that start a process as the desk user (nothing to change when not root). */
export const deskUser: { uid?: number; gid?: number } = runningAsRoot ? { uid: 65534, gid: 65534 } : {}

/** Whether file permissions can bind a desk process here: POSIX, and root may start one as `nobody`. */
export const permissionsBind =
  process.platform !== 'win32' && (!runningAsRoot || spawnSync(process.execPath, ['-e', ''], deskUser).status === 0)

export const NO_PERMISSIONS_REASON = 'chmod does not bind root, and this machine cannot start a process as `nobody`'

/** Sets the mode of a folder and of the files directly in it. */
export function chmodTree(dir: string, dirMode: number, fileMode: number): void {
  if (!existsSync(dir)) return
  chmodSync(dir, dirMode)
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), fileMode)
}

/** Makes the desk user the owner of a folder and the files directly in it (when the tests run as root). */
export function giveToDeskUser(dir: string): void {
  if (!runningAsRoot) return
  chownSync(dir, 65534, 65534)
  for (const name of readdirSync(dir)) chownSync(join(dir, name), 65534, 65534)
}
