import { CLINIC_CHANNEL } from '@shared/contract/call-names'
import { dispatch } from './api/dispatch'
import type { HandlerTable } from './api/handler-table'
import type { RegisterGate } from './api/register-gate'
import { handleFromAppPage } from './app-page-ipc'
import type { AppPage } from './security'

/** Serves the handler table over IPC to the app's own page, and to nothing else, through the gate a register move closes. */
export function bindIpc(table: HandlerTable, page: AppPage, gate: RegisterGate): void {
  handleFromAppPage(CLINIC_CHANNEL, page, (name, input) => gate.through(() => dispatch(table, name, input)))
}
