import { ref } from 'vue'
import type { CallResult } from '@shared/contract/errors'
import type { HandoutLanguage } from '@shared/register/vocabulary'
import { loadWords } from '@shared/words/load-words'
import { followDeskLanguage } from '../format/region'
import { i18n, loadDeskMessages } from '.'

/** The language the desk is shown in now. */
export const deskLanguage = ref<HandoutLanguage>('en')

/** Every screen's words, dates and numbers, and the page's `lang`, in `language`, at once (once its words are fetched). */
export async function applyDeskLanguage(language: HandoutLanguage): Promise<void> {
  await Promise.all([loadDeskMessages(language), loadWords(language)])
  i18n.global.locale.value = language
  followDeskLanguage(language)
  document.documentElement.lang = language
  deskLanguage.value = language
}

/** Before the first screen: the language this computer keeps (main decides, from its file or the computer's own). */
export async function startInDeskLanguage(): Promise<void> {
  const kept = await window.clinic.deskLanguage.get()
  // Main always answers this; if it ever cannot, the desk opens in English rather than not at all.
  await applyDeskLanguage(kept.ok ? kept.value : 'en')
}

/** Settings: keeps the language for this computer (main rebuilds its menu), then switches every screen. */
export async function chooseDeskLanguage(language: HandoutLanguage): Promise<CallResult<HandoutLanguage>> {
  const kept = await window.clinic.deskLanguage.set(language)
  if (kept.ok) await applyDeskLanguage(kept.value)
  return kept
}
