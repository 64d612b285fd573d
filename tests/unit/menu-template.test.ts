import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from '../../src/main/menu-template'
import { MENU_WORDS } from '../../src/main/menu-words'

const noActions = { send: () => undefined, lockDesk: () => undefined, showAbout: () => undefined }

describe("the application menu on macOS", () => {
  it("words the app menu's items in the desk's language, rather than leaving Electron's English", () => {
    const [appMenu] = applicationMenuTemplate(MENU_WORDS.de, noActions, { isMac: true, isPackaged: true })
    expect(appMenu?.role).toBe('appMenu')
    const items = appMenu?.submenu as { role?: string; label?: string; type?: string }[]
    expect(items.filter((item) => item.type !== 'separator').map((item) => item.label)).toEqual([
      'Über Aftercare Desk',
      'Dienste',
      'Aftercare Desk ausblenden',
      'Andere ausblenden',
      'Alle einblenden',
      'Aftercare Desk beenden'
    ])
    expect(items.filter((item) => item.role).map((item) => item.role)).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit'])
  })

  it('has no app menu elsewhere: File comes first', () => {
    const [first] = applicationMenuTemplate(MENU_WORDS.fr, noActions, { isMac: false, isPackaged: true })
    expect(first?.label).toBe('&Fichier')
  })
})
