import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { HANDOUT_LANGUAGES, type HandoutLanguage } from '@shared/register/vocabulary'

/** The handout languages as pick-list options, named in the UI's language. */
export function useLanguageOptions(): ComputedRef<{ value: HandoutLanguage; label: string }[]> {
  const { t } = useI18n()
  return computed(() => HANDOUT_LANGUAGES.map((language) => ({ value: language, label: t(`vocabulary.language.${language}`) })))
}
