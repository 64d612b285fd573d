import { ipcMain } from 'electron'
import { CLINIC_CHANNEL } from '../shared/contract/call-names'
import type { CallResult } from '../shared/contract/errors'
import { dispatch } from './api/dispatch'
import type { HandlerTable } from './api/handler-table'
import { isAppPageSender, type AppPage } from './security'

/** Serves the handler table over IPC to the app's own page, and to nothing else. */
export function bindIpc(table: HandlerTable, page: AppPage): void {
  ipcMain.handle(CLINIC_CHANNEL, async (event, name: unknown, input: unknown): Promise<CallResult<unknown>> => {
    if (!isAppPageSender(event.senderFrame, page)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the Aftercare Desk window may use the register.' } }
    }
    return dispatch(table, name, input)
  })
}
