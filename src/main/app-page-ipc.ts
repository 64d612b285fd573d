import { ipcMain } from 'electron'
import type { CallResult } from '@shared/contract/errors'
import { UNEXPECTED_FAILURE } from './api/app-error'
import { isAppPageSender, type AppPage } from './security'

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Aftercare Desk window may use the register.' }
}

/**
 * The one way main listens on IPC: `handler` answers the app's own page, in the window's top
 * frame, and nothing else (security.ts, isAppPageSender). Whatever it throws becomes a typed
 * error, so the page never sees an exception's text.
 */
export function handleFromAppPage(channel: string, page: AppPage, handler: (...args: unknown[]) => Promise<CallResult<unknown>>): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<CallResult<unknown>> => {
    if (!isAppPageSender(event.senderFrame, page)) return FORBIDDEN
    try {
      return await handler(...args)
    } catch (error) {
      console.error(`Unexpected failure on ${channel}:`, error)
      return { ok: false, error: UNEXPECTED_FAILURE }
    }
  })
}
