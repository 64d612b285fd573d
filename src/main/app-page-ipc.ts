import { ipcMain } from 'electron'
import type { CallError, CallResult } from '@shared/contract/errors'
import { unexpectedFailure } from './api/app-error'
import { isAppPageSender, type AppPage } from './security'
import { words } from '@shared/words/words'

// Made when refused, so its words are in the desk's language of that moment.
const forbidden = (): CallResult<never> => ({ ok: false, error: { code: 'forbidden', message: words('call.otherWindow') } })

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
    if (!isAppPageSender(event.senderFrame, page)) return forbidden()
    try {
      return await handler(...args)
    } catch (error) {
      return { ok: false, error: describeFailure(error) }
    }
  })
}
