import { ipcMain } from 'electron'
import type { CallError, CallResult } from '@shared/contract/errors'
import { unexpectedFailure } from './api/app-error'
import { isAppPageSender, type AppPage } from './security'

const FORBIDDEN: CallResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Aftercare Desk window may use the register.' }
}

function loggedUnexpectedFailure(error: unknown): CallError {
  console.error('Unexpected failure on an IPC channel:', error)
  return unexpectedFailure()
}

/**
 * The one way main listens on IPC: `handler` answers the app's own page, in the window's top
 * frame, and nothing else (security.ts, isAppPageSender). Whatever it throws becomes a typed
 * error through `describeFailure`, so the page never sees an exception's text.
 */
export function handleFromAppPage(
  channel: string,
  page: AppPage,
  handler: (...args: unknown[]) => Promise<CallResult<unknown>>,
  describeFailure: (error: unknown) => CallError = loggedUnexpectedFailure
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<CallResult<unknown>> => {
    if (!isAppPageSender(event.senderFrame, page)) return FORBIDDEN
    try {
      return await handler(...args)
    } catch (error) {
      return { ok: false, error: describeFailure(error) }
    }
  })
}
