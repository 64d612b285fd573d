import { getCountries } from 'libphonenumber-js/min'
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { countryName, type ClinicCountry } from '@shared/clinic/clinic-country'

/** Every country a clinic can be in, named and sorted in the UI's language. */
export function useCountryOptions(): ComputedRef<{ value: ClinicCountry; label: string }[]> {
  const { locale } = useI18n()
  return computed(() => {
    const collator = new Intl.Collator(locale.value)
    return getCountries()
      .map((country) => ({ value: country, label: countryName(country, locale.value) }))
      .sort((a, b) => collator.compare(a.label, b.label))
  })
}
