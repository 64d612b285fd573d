import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/contract/menu-commands'
import type { MenuWords } from './menu-words'

export interface MenuActions {
  /** Sends a command to the page. */
  send(command: MenuCommand): void
  lockDesk(): void
  showAbout(): void
}

/**
 * The application menu in the desk's language. New, Find and Lock are handled by the page (it
 * listens for the same keys itself), so their accelerators are shown here but not registered
 * twice. Electron's roles keep their behaviour; their labels are given, since Electron words
 * them in English on Windows and Linux.
 */
export function applicationMenuTemplate(
  words: MenuWords,
  actions: MenuActions,
  platform: { isMac: boolean; isPackaged: boolean }
): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = platform.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'toggleDevTools', label: words.developerTools }]
  return [
    ...(platform.isMac ? [macApplicationMenu(words, actions)] : []),
    {
      label: words.file,
      submenu: [
        { id: 'new-client', label: words.newClient, accelerator: 'CmdOrCtrl+N', registerAccelerator: false, click: () => actions.send('new-client') },
        { id: 'find-client', label: words.findClient, accelerator: 'CmdOrCtrl+F', registerAccelerator: false, click: () => actions.send('find-client') },
        { type: 'separator' },
        {
          id: 'lock-desk',
          label: words.lockDesk,
          accelerator: 'CmdOrCtrl+L',
          registerAccelerator: false,
          // Main locks at once, whatever the page is doing; the page then shows its lock screen.
          click: () => {
            actions.lockDesk()
            actions.send('lock-desk')
          }
        },
        { type: 'separator' },
        platform.isMac ? { role: 'close', label: words.close } : { role: 'quit', label: words.quit }
      ]
    },
    {
      label: words.edit,
      submenu: [
        { role: 'undo', label: words.undo },
        { role: 'redo', label: words.redo },
        { type: 'separator' },
        { role: 'cut', label: words.cut },
        { role: 'copy', label: words.copy },
        { role: 'paste', label: words.paste },
        { role: 'selectAll', label: words.selectAll }
      ]
    },
    {
      label: words.view,
      submenu: [
        { role: 'resetZoom', label: words.actualSize },
        { role: 'zoomIn', label: words.zoomIn },
        { role: 'zoomOut', label: words.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: words.fullScreen },
        ...developerItems
      ]
    },
    { role: 'help', label: words.help, submenu: [{ label: words.about, click: () => actions.showAbout() }] }
  ]
}

/** macOS's first menu, named by the system after the app, with its items in the desk's language. */
function macApplicationMenu(words: MenuWords, actions: MenuActions): MenuItemConstructorOptions {
  return {
    role: 'appMenu',
    submenu: [
      { label: words.about, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services', label: words.services },
      { type: 'separator' },
      { role: 'hide', label: words.hide },
      { role: 'hideOthers', label: words.hideOthers },
      { role: 'unhide', label: words.showAll },
      { type: 'separator' },
      { role: 'quit', label: words.quitApp }
    ]
  }
}
