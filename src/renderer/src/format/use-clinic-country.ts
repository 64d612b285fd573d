import { computed, type ComputedRef } from 'vue'
import { computerCountry, type ClinicCountry } from '@shared/clinic/clinic-country'
import { useClinicSettingsStore } from '../settings/clinic-settings-store'

/** The clinic's country, for reading and showing phone numbers; this computer's until the settings are read. */
export function useClinicCountry(): ComputedRef<ClinicCountry> {
  const clinicSettings = useClinicSettingsStore()
  if (!clinicSettings.settings) void clinicSettings.refresh().catch(() => undefined)
  return computed(() => clinicSettings.settings?.country ?? computerCountry())
}
