import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { secureWebPreferences, type AppPage } from './security'

/** The one window: the register, served by the app's own page. */
export function createMainWindow(page: AppPage, iconPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Aftercare Desk',
    icon: iconPath,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs'))
  })
  window.once('ready-to-show', () => window.show())
  if (page.kind === 'dev-server') void window.loadURL(page.origin)
  else void window.loadFile(page.path)
  return window
}
