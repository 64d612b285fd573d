import type { BrowserWindow } from 'electron'
import { z } from 'zod'
import { EXPORT_CHANNEL, EXPORT_KINDS, EXPORT_PROGRESS_CHANNEL, type ExportKind, type ExportOutcome } from '@shared/contract/desktop-calls'
import type { CallResult } from '@shared/contract/errors'
import { localIsoDate } from '@shared/dates/local-iso-date'
import { handleFromAppPage } from './app-page-ipc'
import type { Actor } from './audit/actor'
import type { AuditLog } from './audit/audit-log'
import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import type { DeskSession } from './staff/desk-session'
import type { RegisterDatabase } from './db/register-database'
import { deskFileFailure } from './desk-file-failure'
import { askWhereToSave } from './desktop-actions'
import { CSV_EXPORTS, exportEvent } from './exchange/csv-export'
import { writeCsvFile } from './exchange/csv-file'
import type { AppPage } from './security'

export interface ExportContext {
  page: AppPage
  window: () => BrowserWindow | undefined
  database: RegisterDatabase
  audit: AuditLog
  session: DeskSession
}

/**
 * "Export clients / treatments (CSV)": the desk chooses where, then main writes the file a
 * slice at a time (answering the window's other calls in between) and tells the window how
 * far it has got. At 100,000 clients and 300,000 treatments the file is some 60 MB: it goes
 * from the register to the disk, never through the window.
 */
export function bindExportActions(context: ExportContext): void {
  handleFromAppPage(
    EXPORT_CHANNEL,
    context.page,
    async (kind): Promise<CallResult<ExportOutcome>> => {
      const parsed = z.enum(EXPORT_KINDS).safeParse(kind)
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: 'That is not something the register can export.' } }
      return exportToFile(context, parsed.data, await context.session.permit(DESKTOP_ACCESS.export))
    },
    deskFileFailure
  )
}

async function exportToFile({ window, database, audit }: ExportContext, kind: ExportKind, actor: Actor): Promise<CallResult<ExportOutcome>> {
  const parent = window()
  const destination = await askWhereToSave(parent, `${kind}-${localIsoDate()}.csv`, 'text/csv')
  if (!destination) return { ok: true, value: {} }
  const total = await CSV_EXPORTS[kind].total(database.db)
  const rows = await writeCsvFile(
    destination,
    CSV_EXPORTS[kind].parts(database.db),
    (written) => {
      if (parent && !parent.isDestroyed()) parent.webContents.send(EXPORT_PROGRESS_CHANNEL, { kind, rows: written, total })
    },
    (written) => audit.record(actor, exportEvent(kind, written))
  )
  return { ok: true, value: { savedTo: destination, rows } }
}
