import type { BrowserWindow, FileFilter } from 'electron'
import { z } from 'zod'
import { EXPORT_CHANNEL, EXPORT_KINDS, EXPORT_PROGRESS_CHANNEL, type ExportKind, type ExportOutcome } from '@shared/contract/desktop-calls'
import type { CallResult } from '@shared/contract/errors'
import { localIsoDate } from '@shared/dates/local-iso-date'
import { words, type WordId } from '@shared/words/words'
import { handleFromAppPage } from './app-page-ipc'
import type { Actor } from './audit/actor'
import type { AuditLog } from './audit/audit-log'
import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import type { DeskSession } from './staff/desk-session'
import type { RegisterDatabase } from './db/register-database'
import { deskFileFailure } from './desk-file-failure'
import { askWhereToSaveAs } from './desktop-actions'
import { csvConventionsFor } from '@shared/clinic/spreadsheet-region'
import { ClinicSettingsRepository } from './clinic/clinic-settings-repository'
import { EXPORT_TABLES, exportEvent, exportFormatOf } from './exchange/export-tables'
import { exportToFile } from './exchange/export-file'
import type { AppPage } from './security'

export interface ExportContext {
  page: AppPage
  window: () => BrowserWindow | undefined
  database: RegisterDatabase
  audit: AuditLog
  session: DeskSession
}

/** The save dialog's choices: a workbook first (Excel opens it the same in every region), or CSV. */
const exportFilters = (): FileFilter[] => [
  { name: words('desktop.fileType.xlsx'), extensions: ['xlsx'] },
  { name: words('desktop.fileType.csvFile'), extensions: ['csv'] }
]

/** What the file is called unless the desk names it: "clients-2026-12-06.xlsx", in the desk's language. */
const EXPORT_FILE_WORDS: Record<ExportKind, WordId> = { clients: 'fileName.clients', treatments: 'fileName.treatments' }

/**
 * "Export clients / treatments…": the desk chooses where, and in which format by the file's
 * extension (an Excel workbook or a CSV file in the clinic region's way), then main writes the
 * file a slice at a time (answering the window's other calls in between) and tells the window
 * how far it has got. At 100,000 clients and 300,000 treatments the file is some 60 MB: it
 * goes from the register to the disk, never through the window.
 */
export function bindExportActions(context: ExportContext): void {
  handleFromAppPage(
    EXPORT_CHANNEL,
    context.page,
    async (kind): Promise<CallResult<ExportOutcome>> => {
      const parsed = z.enum(EXPORT_KINDS).safeParse(kind)
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: words('export.kind.unknown') } }
      return exportChosenFile(context, parsed.data, await context.session.permit(DESKTOP_ACCESS.export))
    },
    deskFileFailure
  )
}

async function exportChosenFile({ window, database, audit }: ExportContext, kind: ExportKind, actor: Actor): Promise<CallResult<ExportOutcome>> {
  const parent = window()
  const destination = await askWhereToSaveAs(parent, `${words(EXPORT_FILE_WORDS[kind])}-${localIsoDate()}.xlsx`, exportFilters())
  if (!destination) return { ok: true, value: {} }
  const format = exportFormatOf(destination)
  if (!format) {
    return { ok: false, error: { code: 'invalid_input', message: words('export.extension') } }
  }
  const conventions = csvConventionsFor(await new ClinicSettingsRepository(database.db).get())
  const total = await EXPORT_TABLES[kind].total(database.db)
  const rows = await exportToFile(database.db, destination, {
    kind,
    format,
    conventions,
    onRows: (written) => {
      if (parent && !parent.isDestroyed()) parent.webContents.send(EXPORT_PROGRESS_CHANNEL, { kind, rows: written, total })
    },
    beforeKeeping: (written) => audit.record(actor, exportEvent(kind, format, written))
  })
  return { ok: true, value: { savedTo: destination, rows } }
}
