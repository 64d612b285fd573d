import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import type { DeskSession } from './staff/desk-session'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import { z } from 'zod'
import { DESKTOP_ACTIONS, DESKTOP_CHANNEL, type DeskFile, type DesktopResult } from '@shared/contract/desktop-calls'
import { refusal } from '@shared/words/refusal'
import { words, type WordId } from '@shared/words/words'
import { handleFromAppPage } from './app-page-ipc'
import { deskFileFailure } from './desk-file-failure'
import { createPdfViewerWindow, type AppPage } from './security'

const deskFileSchema = z.object({
  fileName: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|]+$/, refusal('desktop.fileName.invalid')),
  mimeType: z.enum(['application/pdf', 'text/calendar', 'text/csv', 'application/json']),
  bytes: z.instanceof(Uint8Array)
}) satisfies z.ZodType<DeskFile>

const EXTENSIONS: Record<DeskFile['mimeType'], { name: WordId; extensions: string[] }> = {
  'application/pdf': { name: 'desktop.fileType.pdf', extensions: ['pdf'] },
  'text/calendar': { name: 'desktop.fileType.calendar', extensions: ['ics'] },
  'text/csv': { name: 'desktop.fileType.csv', extensions: ['csv'] },
  'application/json': { name: 'desktop.fileType.json', extensions: ['json'] }
}

const NOTHING_SAVED: DesktopResult = { ok: true, value: {} }

/**
 * Show, print and save for files the app made. A PDF is shown or printed from a private
 * temporary copy in a window of its own (Chromium's PDF viewer), removed when that window
 * closes: patient data is not left in the temp folder.
 */
export function bindDesktopActions(page: AppPage, mainWindow: () => BrowserWindow | undefined, session: DeskSession): void {
  // A handout left open in its viewer would stay in front of the lock screen, client's name and all.
  session.onLock(() => {
    for (const viewer of openViewers) if (!viewer.isDestroyed()) viewer.close()
  })
  handleFromAppPage(
    DESKTOP_CHANNEL,
    page,
    async (action, file): Promise<DesktopResult> => {
      const parsedAction = z.enum(DESKTOP_ACTIONS).safeParse(action)
      const parsedFile = deskFileSchema.safeParse(file)
      if (!parsedAction.success || !parsedFile.success) {
        return { ok: false, error: { code: 'invalid_input', message: words('desktop.file.unusable') } }
      }
      await session.permit(DESKTOP_ACCESS.file)
      const parent = mainWindow()
      if (parsedAction.data === 'save') return save(parsedFile.data, parent)
      if (parsedFile.data.mimeType !== 'application/pdf') {
        return { ok: false, error: { code: 'invalid_input', message: words('desktop.file.pdfOnly') } }
      }
      await showPdf(parsedFile.data, parent, parsedAction.data === 'print')
      return NOTHING_SAVED
    },
    deskFileFailure
  )
}

async function save(file: DeskFile, parent: BrowserWindow | undefined): Promise<DesktopResult> {
  const destination = await askWhereToSave(parent, file.fileName, file.mimeType)
  if (!destination) return NOTHING_SAVED
  writeFileSync(destination, file.bytes)
  return { ok: true, value: { savedTo: destination } }
}

/** The system's save dialog for a file the app makes; undefined when the desk cancels. */
export function askWhereToSave(parent: BrowserWindow | undefined, fileName: string, mimeType: DeskFile['mimeType']): Promise<string | undefined> {
  const { name, extensions } = EXTENSIONS[mimeType]
  return askWhereToSaveAs(parent, fileName, [{ name: words(name), extensions }])
}

/** The same, offering a choice of file types (the first is the one first shown). */
export async function askWhereToSaveAs(parent: BrowserWindow | undefined, fileName: string, filters: FileFilter[]): Promise<string | undefined> {
  const options = { defaultPath: fileName, filters }
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  return choice.canceled || !choice.filePath ? undefined : choice.filePath
}

/** The PDF viewer windows open now: each closes when the desk locks. */
const openViewers = new Set<BrowserWindow>()

/** Opens the PDF in a viewer window; when printing, the window stays hidden and shows the print dialog. */
async function showPdf(file: DeskFile, parent: BrowserWindow | undefined, print: boolean): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'aftercare-desk-'))
  const path = join(folder, file.fileName)
  writeFileSync(path, file.bytes)
  const viewer = createPdfViewerWindow({
    parent,
    modal: !print && parent !== undefined,
    show: false,
    width: 900,
    height: 1000,
    title: file.fileName
  })
  openViewers.add(viewer)
  viewer.on('closed', () => {
    openViewers.delete(viewer)
    rmSync(folder, { recursive: true, force: true })
  })
  await viewer.loadFile(path)
  if (!print) {
    viewer.show()
    return
  }
  await new Promise<void>((resolve) => {
    viewer.webContents.print({}, () => {
      viewer.close()
      resolve()
    })
  })
}
