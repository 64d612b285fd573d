import type { Page } from '@playwright/test'
import { dispatch } from '../../../src/main/api/dispatch'
import type { HandlerTable } from '../../../src/main/api/handler-table'
import { pageScript } from './page-script'
import { unwrapBytes, wrapBytes } from './wire-bytes'

let bridgeScript: Promise<string> | undefined

/** The page-side bridge, bundled once per test run. */
function pageBridge(): Promise<string> {
  bridgeScript ??= pageScript('page-bridge.ts')
  return bridgeScript
}

/**
 * The loopback transport: the page's `window.clinic` calls reach the real handler table
 * through the same `dispatch` as Electron IPC. Only the wire is different.
 */
export async function connectLoopback(page: Page, table: HandlerTable): Promise<void> {
  await page.exposeFunction('__clinicLoopback', async (name: unknown, input: unknown) =>
    wrapBytes(await dispatch(table, name, unwrapBytes(input)))
  )
  await page.addInitScript({ content: await pageBridge() })
}
