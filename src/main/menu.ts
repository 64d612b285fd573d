import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '@shared/contract/menu-commands'

/**
 * The application menu. New, Find and Lock are handled by the page (it listens for the same
 * keys itself), so their accelerators are shown here but not registered twice.
 */
export function installApplicationMenu(mainWindow: () => BrowserWindow | undefined, lockDesk: () => void): void {
  const isMac = process.platform === 'darwin'
  const send = (command: MenuCommand) => (): void => mainWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command)
  const developerItems: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'toggleDevTools' }]

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        {
          id: 'new-client',
          label: 'New Client',
          accelerator: 'CmdOrCtrl+N',
          registerAccelerator: false,
          click: send('new-client')
        },
        {
          id: 'find-client',
          label: 'Find Client',
          accelerator: 'CmdOrCtrl+F',
          registerAccelerator: false,
          click: send('find-client')
        },
        { type: 'separator' },
        {
          id: 'lock-desk',
          label: 'Lock Desk',
          accelerator: 'CmdOrCtrl+L',
          registerAccelerator: false,
          // Main locks at once, whatever the page is doing; the page then shows its lock screen.
          click: () => {
            lockDesk()
            send('lock-desk')()
          }
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developerItems
      ]
    },
    {
      role: 'help',
      submenu: [{ label: 'About Aftercare Desk', click: () => void showAbout(mainWindow()) }]
    }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function showAbout(window: BrowserWindow | undefined): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Aftercare Desk',
    message: `Aftercare Desk ${app.getVersion()}`,
    detail:
      'The front-desk register and microneedling aftercare handouts for your clinic.\n' +
      'Everything stays on this computer: no internet connection is used.',
    buttons: ['OK']
  }
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
