import { join } from 'node:path'
import { app, dialog, type BrowserWindow } from 'electron'
import { z } from 'zod'
import { REGISTER_FILE_ACTIONS, REGISTER_FILE_CHANNEL, type DesktopResult } from '@shared/contract/desktop-calls'
import { handleFromAppPage } from './app-page-ipc'
import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import type { Actor } from './audit/actor'
import type { AuditLog } from './audit/audit-log'
import type { DeskSession } from './staff/desk-session'
import { restoreIntoServer } from './db/postgres/restore-into-server'
import type { EngineRegisterDatabase } from './db/register-database'
import { backupFileName } from './safety/backup-files'
import { deskFileFailure } from './desk-file-failure'
import { checkBackup, restoreRegister } from './safety/restore'
import { words } from '@shared/words/words'
import type { AppPage } from './security'

export interface RegisterFileContext {
  page: AppPage
  window: () => BrowserWindow | undefined
  database: EngineRegisterDatabase
  audit: AuditLog
  session: DeskSession
  nativeBinding: string | undefined
}

/**
 * "Back up now" to a folder the desk chooses, and "Restore from backup…". A register file is
 * replaced and the app restarts on it; a server register's data is replaced in one
 * transaction while every desk stays open, and each desk reloads what it shows.
 */
export function bindRegisterFileActions(context: RegisterFileContext): void {
  handleFromAppPage(
    REGISTER_FILE_CHANNEL,
    context.page,
    async (action): Promise<DesktopResult> => {
      const parsed = z.enum(REGISTER_FILE_ACTIONS).safeParse(action)
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: words('desktop.action.unknown') } }
      const actor = await context.session.permit(DESKTOP_ACCESS[parsed.data])
      return parsed.data === 'backup' ? backUpNow(context, actor) : restoreFromBackup(context, actor)
    },
    deskFileFailure
  )
}

async function backUpNow({ window, database, audit }: RegisterFileContext, actor: Actor): Promise<DesktopResult> {
  const parent = window()
  const options = { title: words('backup.dialog.saveTitle'), properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const folder = choice.filePaths[0]
  if (choice.canceled || !folder) return { ok: true, value: {} }
  const destination = join(folder, backupFileName('manual', new Date()))
  await database.writeBackup(destination)
  await audit.record(actor, { action: 'backup', subjectType: 'register' })
  return { ok: true, value: { savedTo: destination } }
}

async function restoreFromBackup({ window, database, audit, nativeBinding }: RegisterFileContext, actor: Actor): Promise<DesktopResult> {
  const parent = window()
  const options = {
    title: words('backup.dialog.restoreTitle'),
    properties: ['openFile'] as 'openFile'[],
    filters: [{ name: words('backup.dialog.fileType'), extensions: ['sqlite3', 'db', 'sqlite'] }]
  }
  const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const source = choice.filePaths[0]
  if (choice.canceled || !source) return { ok: true, value: {} }
  if (database.engine === 'postgres') {
    await restoreIntoServer(database, source)
    await audit.record(actor, { action: 'restore', subjectType: 'register' })
    return { ok: true, value: {} }
  }
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
  return { ok: true, value: {} }
}
