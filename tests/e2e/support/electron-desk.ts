import { readFileSync, rmSync } from 'node:fs'
import { test as base, expect, type Page } from '@playwright/test'
import { BUILT_PRELOAD, bundleElectronStandIn, launchMain, type MainProcess } from '../../support/electron-main'
import { makeTempDir } from '../../support/temp-register'
import { pageScript } from './page-script'
import { rendererUrlFixture } from './renderer-server'
import { unwrapBytes, wrapBytes } from './wire-bytes'

// The whole chain of the app, with only Electron itself standing in: the app's built main
// process runs under Node with tests/support/electron-stand-in in place of Electron's
// main-process API, and the app's built preload runs in Chromium with
// electron-renderer-stand-in.ts in place of `contextBridge` and `ipcRenderer`. A click in
// the renderer goes through the real preload, over a Playwright binding to the real
// ipcMain.handle handlers (with the frame it came from, as Electron's senderFrame), through
// ipc.ts's sender check, to the real dispatch and a real register in a temp folder.

interface ElectronDeskFixtures {
  /** The app's main process, under the Electron stand-in, on a fresh user-data folder. */
  main: MainProcess
  /** The app's page, loaded as main's window asked, with `window.clinic` from the built preload. */
  desk: Page
}

/** The page-side stand-in, then the built preload run with it as `electron`, in the top frame only. */
async function preloadWithStandIn(): Promise<string> {
  return [
    '(() => {',
    'if (window !== window.top) return;',
    await pageScript('electron-renderer-stand-in.ts', 'electronStandIn'),
    "const require = (name) => { if (name === 'electron') return electronStandIn; throw new Error(`A sandboxed preload cannot require ${name}`) };",
    'const module = { exports: {} }; const exports = module.exports;',
    readFileSync(BUILT_PRELOAD, 'utf8'),
    '})();'
  ].join('\n')
}

export const test = base.extend<ElectronDeskFixtures, { rendererUrl: string; standIn: { file: string }; preloadScript: string }>({
  rendererUrl: rendererUrlFixture,
  standIn: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const bundle = await bundleElectronStandIn()
      await use(bundle)
      bundle.remove()
    },
    { scope: 'worker' }
  ],
  // eslint-disable-next-line no-empty-pattern
  preloadScript: [async ({}, use) => use(await preloadWithStandIn()), { scope: 'worker' }],
  main: async ({ standIn, rendererUrl }, use) => {
    const userData = makeTempDir()
    // Main is told to serve the page from the renderer server, as `electron-vite dev` does.
    const main = await launchMain(standIn, { userData, rendererUrl })
    await use(main)
    await main.stop()
    rmSync(userData, { recursive: true, force: true })
  },
  desk: async ({ page, main, preloadScript }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await page.exposeBinding('__electronIpcInvoke', async ({ frame }, channel: string, args: unknown) => {
      const parent = frame.parentFrame()
      const senderFrame = { url: frame.url(), parent: parent ? { url: parent.url() } : null }
      return wrapBytes(await main.invoke(channel, senderFrame, ...(unwrapBytes(args) as unknown[])))
    })
    main.onSend((channel, args) => {
      void page.evaluate(([name, payload]) => window.__electronIpcDeliver(name, payload), [channel, wrapBytes(args)] as const)
    })
    await page.addInitScript({ content: preloadScript })
    await page.goto(await main.loadedUrl)
    await use(page)
    // Closed before main is stopped: the page asks main for the change mark every second, and
    // a call on its way when main ended would fail the test after it passed.
    await page.close()
    expect(problems, 'errors in the page').toEqual([])
  }
})

export { expect }
