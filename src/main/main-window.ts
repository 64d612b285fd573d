import { dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { dialogWords } from './dialog-words'
import { createSecureWindow, type AppPage } from './security'
import { MIN_WINDOW_SIZE, type WindowPlacement } from './window-state'

/** The one window: the register, served by the app's own page. */
export function createMainWindow(page: AppPage, iconPath: string, placement: WindowPlacement): BrowserWindow {
  const window = createSecureWindow(
    {
      ...placement.bounds,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      title: 'Aftercare Desk',
      icon: iconPath,
      backgroundColor: '#f8fafc'
    },
    join(import.meta.dirname, '../preload/index.cjs')
  )
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize()
    window.show()
  })
  // A form with unsaved changes holds the window (its 'beforeunload'); the desk is asked, as
  // the page asks before another screen. The answer must be given before this returns.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: dialogWords().leaveTitle,
      message: dialogWords().leave,
      buttons: [dialogWords().leaveButton, dialogWords().stayButton],
      defaultId: 1,
      cancelId: 1,
      noLink: true
    })
    if (choice === 0) event.preventDefault()
  })
  if (page.kind === 'dev-server') void window.loadURL(page.origin)
  else void window.loadFile(page.path)
  return window
}
