import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { ClinicSettings } from '@shared/clinic/clinic-settings'
import { unwrap } from '@shared/contract/clinic-api'
import type { CallInput } from '@shared/contract/calls'
import type { CallResult } from '@shared/contract/errors'

/**
 * The clinic's settings, one copy for every screen. Each screen that shows them, and each
 * handout, reads them afresh (the admin CLI may have changed them); each change keeps main's
 * answer. A save in Settings or the first-start welcome is what the next handout, the protocol
 * editor and every other reader see.
 */
export const useClinicSettingsStore = defineStore('clinic-settings', () => {
  const settings = shallowRef<ClinicSettings>()
  let reading: Promise<ClinicSettings> | undefined
  let changes = 0

  /** The settings as main has them now; reads asked for at the same moment share one answer. */
  function refresh(): Promise<ClinicSettings> {
    const changesBefore = changes
    reading ??= window.clinic.settings
      .get({})
      .then((result) => {
        // A change saved while this read was on its way is newer: it stays.
        if (changes === changesBefore || !settings.value) settings.value = unwrap(result)
        return settings.value
      })
      .finally(() => (reading = undefined))
    return reading
  }

  /** Keeps what main answered to a change, and returns it (or throws its typed error). */
  async function keep(change: Promise<CallResult<ClinicSettings>>): Promise<ClinicSettings> {
    const saved = unwrap(await change)
    changes++
    settings.value = saved
    return saved
  }

  return {
    settings,
    refresh,
    update: (next: CallInput<'settings.update'>) => keep(window.clinic.settings.update(next)),
    setLogo: (logo: CallInput<'settings.setLogo'>) => keep(window.clinic.settings.setLogo(logo)),
    removeLogo: () => keep(window.clinic.settings.removeLogo({}))
  }
})
