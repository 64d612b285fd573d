import { z } from 'zod'
import { DESK_LANGUAGE_ACTIONS, DESK_LANGUAGE_CHANNEL } from '@shared/contract/desk-language'
import type { CallResult } from '@shared/contract/errors'
import { HANDOUT_LANGUAGES } from '@shared/register/vocabulary'
import { words } from '@shared/words/words'
import { handleFromAppPage } from './app-page-ipc'
import { currentDeskLanguage, saveDeskLanguage } from './desk-language/desk-language'
import type { AppPage } from './security'

// Made when refused, so its words are in the desk's language of that moment.
const notALanguage = (): CallResult<never> => ({ ok: false, error: { code: 'invalid_input', message: words('deskLanguage.invalid') } })

/**
 * Settings → the language of this desk. A preference of this computer, like the window's place:
 * anyone at the desk may read it (the lock screen is in it) and change it, and nothing of the
 * register is touched, so no role is asked for.
 */
export function bindDeskLanguageActions(page: AppPage, file: string): void {
  handleFromAppPage(DESK_LANGUAGE_CHANNEL, page, async (action, language): Promise<CallResult<unknown>> => {
    const parsedAction = z.enum(DESK_LANGUAGE_ACTIONS).safeParse(action)
    if (!parsedAction.success) return notALanguage()
    if (parsedAction.data === 'get') return { ok: true, value: currentDeskLanguage() }
    const parsedLanguage = z.enum(HANDOUT_LANGUAGES).safeParse(language)
    if (!parsedLanguage.success) return notALanguage()
    saveDeskLanguage(file, parsedLanguage.data)
    return { ok: true, value: parsedLanguage.data }
  })
}
