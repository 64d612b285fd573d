import { computed, ref, shallowRef } from 'vue'
import { ClinicCallError, unwrap } from '@shared/contract/clinic-api'
import type { CallResult } from '@shared/contract/errors'
import type { RegisterLocationView, ServerCheck } from '@shared/contract/register-location'
import { serverSettingsSchema, type ServerSettings } from '@shared/contract/server-settings'
import { useSchemaForm } from '../forms/use-schema-form'
import { useErrorToast } from '../shell/use-error-toast'
import { serverFormFrom, serverSettingsInput, type ServerForm } from './server-form'

/** The changes that move this desk to another register; each ends in a restart. */
export type LocationChange = 'moveToServer' | 'joinServer' | 'moveToThisComputer'
export type ServerChange = Exclude<LocationChange, 'moveToThisComputer'>

/** Why a change to the server cannot be made yet, as a key of registerLocation.actions. */
export type ChangeBlocker = 'needsPasswordStore' | 'testFirst' | 'testAgain' | 'connectFirst' | 'serverHoldsRegister' | 'serverIsEmpty'

/** What the last "Test connection" found, and for which settings (the form as JSON). */
export interface ConnectionTest {
  settingsKey: string
  check?: ServerCheck
  failure?: string
}

/**
 * Where this desk's register is, the server form, and the calls that test a server or move
 * the register. A move or a join is offered only for settings whose test just succeeded, so
 * what is confirmed is what was tested; any edit asks for a new test.
 */
export function useRegisterLocation() {
  const api = window.clinic.registerLocation
  const showError = useErrorToast()

  const view = shallowRef<RegisterLocationView>()
  const fields = ref<ServerForm>(serverFormFrom(undefined))
  const form = useSchemaForm(serverSettingsSchema, () => serverSettingsInput(fields.value))
  const lastTest = shallowRef<ConnectionTest>()
  const busy = ref<'test' | LocationChange>()
  /** The move or join asked for last, so its progress shows beside its button. */
  const lastChange = ref<LocationChange>()
  /** How the last move or join failed, in main's words. */
  const changeFailure = ref<string>()
  /** A move or join succeeded: main is restarting the app on the new register. */
  const restarting = ref(false)

  const settingsKey = computed(() => JSON.stringify(serverSettingsInput(fields.value)))
  /** The last test, while the form still holds the settings it tested. */
  const currentTest = computed(() => (lastTest.value?.settingsKey === settingsKey.value ? lastTest.value : undefined))

  async function load(): Promise<void> {
    try {
      view.value = unwrap(await api.describe())
      fields.value = serverFormFrom(view.value.server)
    } catch (error) {
      showError(error)
    }
  }

  /** Tests the form's settings; false when the form has messages to fix first (nothing is called). */
  async function testConnection(): Promise<boolean> {
    const settings = form.validate()
    if (!settings || busy.value || restarting.value) return !!settings
    const tested = settingsKey.value
    busy.value = 'test'
    try {
      const result = await api.test(settings)
      lastTest.value = result.ok ? { settingsKey: tested, check: result.value } : { settingsKey: tested, failure: result.error.message }
      showFieldMessages(result)
    } catch (error) {
      showError(error)
    } finally {
      busy.value = undefined
    }
    return true
  }

  function blockerOf(change: ServerChange): ChangeBlocker | undefined {
    if (view.value?.passwordStoreProblem) return 'needsPasswordStore'
    if (!lastTest.value) return 'testFirst'
    const tested = currentTest.value
    if (!tested) return 'testAgain'
    if (!tested.check) return 'connectFirst'
    if (change === 'moveToServer' && tested.check.holds !== 'nothing') return 'serverHoldsRegister'
    if (change === 'joinServer' && tested.check.holds !== 'register') return 'serverIsEmpty'
    return undefined
  }

  async function change(which: LocationChange): Promise<void> {
    if (busy.value || restarting.value) return
    let settings: ServerSettings | undefined
    if (which !== 'moveToThisComputer') {
      settings = form.validate()
      if (!settings || blockerOf(which)) return
    }
    busy.value = which
    lastChange.value = which
    changeFailure.value = undefined
    try {
      const result = settings && which !== 'moveToThisComputer' ? await api[which](settings) : await api.moveToThisComputer()
      if (result.ok) restarting.value = true
      else changeFailure.value = result.error.message
      showFieldMessages(result)
    } catch (error) {
      showError(error)
    } finally {
      busy.value = undefined
    }
  }

  // Main checks the settings with the same schema; a field it refuses is shown beside that field.
  function showFieldMessages(result: CallResult<unknown>): void {
    if (!result.ok) form.showErrorsFromMain(new ClinicCallError(result.error))
  }

  return { view, fields, form, busy, restarting, lastChange, changeFailure, currentTest, load, testConnection, blockerOf, change }
}

export type RegisterLocationState = ReturnType<typeof useRegisterLocation>
