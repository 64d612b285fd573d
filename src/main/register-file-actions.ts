import { join } from 'node:path'
import { app, dialog, ipcMain, type BrowserWindow } from 'electron'
import { z } from 'zod'
import { REGISTER_ACTIONS, REGISTER_CHANNEL, type DesktopResult } from '../preload/desktop-channel'
import type { AuditLog } from './audit/audit-log'
import type { RegisterDatabase } from './db/connection'
import { backupFileName, writeBackup } from './safety/backup-files'
import { RegisterFileProblem } from './safety/register-inspection'
import { checkBackup, restoreRegister } from './safety/restore'
import { isAppPageUrl, type AppPage } from './security'

export interface RegisterFileContext {
  page: AppPage
  window: () => BrowserWindow | undefined
  database: RegisterDatabase
  audit: AuditLog
  actor: string
  nativeBinding: string | undefined
}

/** "Back up now" to a folder the desk chooses, and "Restore from backup…", which restarts the app. */
export function bindRegisterFileActions(context: RegisterFileContext): void {
  ipcMain.handle(REGISTER_CHANNEL, async (event, action: unknown): Promise<DesktopResult> => {
    if (!isAppPageUrl(event.senderFrame?.url ?? '', context.page)) {
      return { ok: false, message: 'Only the Aftercare Desk window may do this.' }
    }
    const parsed = z.enum(REGISTER_ACTIONS).safeParse(action)
    if (!parsed.success) return { ok: false, message: 'That is not something the register can do.' }
    try {
      return parsed.data === 'backup' ? await backUpNow(context) : await restoreFromBackup(context)
    } catch (error) {
      const message = error instanceof RegisterFileProblem ? error.message : String(error)
      return { ok: false, message: `${message} Your current register was not changed.` }
    }
  })
}

async function backUpNow({ window, database, audit, actor }: RegisterFileContext): Promise<DesktopResult> {
  const parent = window()
  const options = { title: 'Choose where to save the backup', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const folder = choice.filePaths[0]
  if (choice.canceled || !folder) return { ok: true }
  const destination = join(folder, backupFileName('manual', new Date()))
  await database.exclusive(() => writeBackup(database.sqlite, destination))
  await audit.record(actor, { action: 'backup', subjectType: 'register' })
  return { ok: true, savedTo: destination }
}

async function restoreFromBackup({ window, database, nativeBinding }: RegisterFileContext): Promise<DesktopResult> {
  const parent = window()
  const options = {
    title: 'Choose the backup to restore',
    properties: ['openFile'] as 'openFile'[],
    filters: [{ name: 'Aftercare Desk backup', extensions: ['sqlite3', 'db', 'sqlite'] }]
  }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const source = choice.filePaths[0]
  if (choice.canceled || !source) return { ok: true }
  // A wrong or damaged file is refused here, while the register is still open and untouched.
  checkBackup(source, { nativeBinding })
  await database.close()
  try {
    await restoreRegister(database.file, source, { nativeBinding })
  } finally {
    // Whether it was restored or refused, the app starts again on whatever register is in place.
    app.relaunch()
    app.exit(0)
  }
  return { ok: true }
}
