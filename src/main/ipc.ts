import { CLINIC_CHANNEL } from '@shared/contract/call-names'
import { dispatch } from './api/dispatch'
import type { HandlerTable } from './api/handler-table'
import { handleFromAppPage } from './app-page-ipc'
import type { AppPage } from './security'

/** Serves the handler table over IPC to the app's own page, and to nothing else. */
export function bindIpc(table: HandlerTable, page: AppPage): void {
  handleFromAppPage(CLINIC_CHANNEL, page, (name, input) => dispatch(table, name, input))
}
