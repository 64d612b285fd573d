import { app, dialog, Menu, type BrowserWindow } from 'electron'
import { MENU_COMMAND_CHANNEL } from '@shared/contract/menu-commands'
import { currentDeskLanguage, onDeskLanguageChange } from './desk-language/desk-language'
import { applicationMenuTemplate } from './menu-template'
import { MENU_WORDS, type MenuWords } from './menu-words'

/** Installs the application menu in the desk's language, and builds it again whenever that language changes. */
export function installApplicationMenu(mainWindow: () => BrowserWindow | undefined, lockDesk: () => void): void {
  const build = (): void => {
    const words = MENU_WORDS[currentDeskLanguage()]
    const template = applicationMenuTemplate(
      words,
      {
        send: (command) => mainWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command),
        lockDesk,
        showAbout: () => void showAbout(mainWindow(), words)
      },
      { isMac: process.platform === 'darwin', isPackaged: app.isPackaged }
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  build()
  onDeskLanguageChange(build)
}

async function showAbout(window: BrowserWindow | undefined, words: MenuWords): Promise<void> {
  const options = {
    type: 'info' as const,
    title: words.about,
    message: `Aftercare Desk ${app.getVersion()}`,
    detail: words.aboutDetail,
    buttons: [words.ok]
  }
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
