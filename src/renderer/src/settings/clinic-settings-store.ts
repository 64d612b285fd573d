import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ClinicSettings } from '../../../shared/clinic/clinic-settings'
import { unwrap } from '../../../shared/contract/clinic-api'
import type { CallInput } from '../../../shared/contract/calls'
import type { CallResult } from '../../../shared/contract/errors'

/**
 * The clinic's settings, one copy for every screen: read from main once, then replaced by
 * main's answer to each change (details, paper, desk users, logo). A save in Settings or the
 * first-start welcome is what the next handout, the protocol editor and every other reader see.
 */
export const useClinicSettingsStore = defineStore('clinic-settings', () => {
  const settings = shallowRef<ClinicSettings>()
  let loading: Promise<ClinicSettings> | undefined

  /** The settings, read once; later calls get the copy kept here. */
  function load(): Promise<ClinicSettings> {
    if (settings.value) return Promise.resolve(settings.value)
    loading ??= window.clinic.settings.get({}).then((result) => {
      // A change saved while this read was on its way is newer: it stays.
      settings.value ??= unwrap(result)
      return settings.value
    })
    loading.catch(() => (loading = undefined))
    return loading
  }

  /** Keeps what main answered to a change, and returns it (or throws its typed error). */
  async function keep(change: Promise<CallResult<ClinicSettings>>): Promise<ClinicSettings> {
    settings.value = unwrap(await change)
    return settings.value
  }

  return {
    settings,
    load,
    update: (next: CallInput<'settings.update'>) => keep(window.clinic.settings.update(next)),
    setLogo: (logo: CallInput<'settings.setLogo'>) => keep(window.clinic.settings.setLogo(logo)),
    removeLogo: () => keep(window.clinic.settings.removeLogo({}))
  }
})
