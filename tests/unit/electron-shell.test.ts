import { describe, expect, it } from 'vitest'
import { isAppPageUrl, secureWebPreferences } from '../../src/main/security'
import { userDataDir } from '../../src/main/app-paths'

describe('the window settings', () => {
  it('isolate the page, sandbox it and keep Node out of it', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })
})

describe('which pages may call the register', () => {
  const built = { kind: 'file', path: '/opt/Aftercare Desk/resources/app.asar/out/renderer/index.html' } as const
  const dev = { kind: 'dev-server', origin: 'http://localhost:5173' } as const

  it('allows only the app page itself', () => {
    expect(isAppPageUrl('file:///opt/Aftercare%20Desk/resources/app.asar/out/renderer/index.html', built)).toBe(true)
    expect(isAppPageUrl('file:///opt/Aftercare%20Desk/resources/app.asar/out/renderer/index.html#/client/1', built)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/#/today', dev)).toBe(true)
  })

  it.each([
    'file:///tmp/evil.html',
    'file:///opt/Aftercare%20Desk/resources/app.asar/out/renderer/index.html.evil',
    'https://example.com/out/renderer/index.html',
    'http://localhost:5173.evil.com/',
    'http://localhost:5174/',
    'not a url',
    ''
  ])('refuses %s', (url) => {
    expect(isAppPageUrl(url, built)).toBe(false)
    expect(isAppPageUrl(url, dev)).toBe(false)
  })

  it('handles Windows paths', () => {
    const windows = { kind: 'file', path: 'C:\\Program Files\\Aftercare Desk\\out\\renderer\\index.html' } as const
    expect(isAppPageUrl('file:///C:/Program%20Files/Aftercare%20Desk/out/renderer/index.html', windows)).toBe(true)
  })
})

describe("the CLI's default register", () => {
  it("is where Electron's userData folder is on each system", () => {
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/x/Aftercare Desk')
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Aftercare Desk')
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Aftercare Desk')
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toMatch(
      /AppData.Roaming.Aftercare Desk$/
    )
  })
})
