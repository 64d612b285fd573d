import { app } from 'electron'
import { z } from 'zod'
import type { CallError, CallResult } from '@shared/contract/errors'
import { REGISTER_LOCATION_ACTIONS, REGISTER_LOCATION_CHANNEL } from '@shared/contract/register-location'
import { serverSettingsSchema } from '@shared/contract/server-settings'
import { invalidInput, toCallError } from './api/dispatch'
import { handleFromAppPage } from './app-page-ipc'
import { DatabaseOpenError } from './db/database-open-error'
import { describeLocation, joinServer, moveToServer, moveToThisComputer, testServer, type LocationContext } from './register-location/location-changes'
import type { AppPage } from './security'
import { DESKTOP_ACCESS } from '@shared/staff/call-access'
import type { DeskSession } from './staff/desk-session'
import { words } from '@shared/words/words'

// Made when refused, so its words are in the desk's language of that moment.
const notAnAction = (): CallResult<never> => ({ ok: false, error: { code: 'invalid_input', message: words('desktop.action.unknown') } })

/**
 * Settings → Register location. A change of register restarts the app on the new one, so
 * that nothing of the old register stays open or cached in any screen.
 */
export function bindRegisterLocationActions(page: AppPage, deskContext: Omit<LocationContext, 'actor'> & { session: DeskSession }): void {
  handleFromAppPage(
    REGISTER_LOCATION_CHANNEL,
    page,
    async (action, settings): Promise<CallResult<unknown>> => {
      const parsedAction = z.enum(REGISTER_LOCATION_ACTIONS).safeParse(action)
      if (!parsedAction.success) return notAnAction()
      const moves = parsedAction.data === 'moveToServer' || parsedAction.data === 'moveToThisComputer'
      const context: LocationContext = { ...deskContext, actor: await deskContext.session.permit(DESKTOP_ACCESS[moves ? 'moveRegister' : 'joinServer']) }
      if (parsedAction.data === 'describe') return { ok: true, value: describeLocation(context) }
      if (parsedAction.data === 'moveToThisComputer') return restartAfter(() => moveToThisComputer(context))
      const parsedSettings = serverSettingsSchema.safeParse(settings)
      if (!parsedSettings.success) return { ok: false, error: invalidInput(parsedSettings.error) }
      if (parsedAction.data === 'test') return { ok: true, value: await testServer(context, parsedSettings.data) }
      const change = parsedAction.data === 'moveToServer' ? moveToServer : joinServer
      return restartAfter(() => change(context, parsedSettings.data))
    },
    locationFailure
  )
}

async function restartAfter(change: () => Promise<void>): Promise<CallResult<Record<string, never>>> {
  await change()
  app.relaunch()
  app.exit(0)
  return { ok: true, value: {} }
}

/** A server that cannot be used says why in the words start-up would use; the rest as any call. */
function locationFailure(error: unknown): CallError {
  if (error instanceof DatabaseOpenError) return { code: 'database_unavailable', message: error.message }
  return toCallError(error)
}
