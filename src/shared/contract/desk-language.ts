import type { HandoutLanguage } from '../register/vocabulary'
import type { CallResult } from './errors'

// The language of this desk: a preference of the computer (like the window's place), not of the
// register, so each desk of a clinic may have its own. Main keeps it and builds its menu in it;
// the page shows every screen in it. The preload imports this file: no zod here.

export const DESK_LANGUAGE_CHANNEL = 'clinic:desk-language'
export const DESK_LANGUAGE_ACTIONS = ['get', 'set'] as const
export type DeskLanguageAction = (typeof DESK_LANGUAGE_ACTIONS)[number]

export interface DeskLanguageBridge {
  /** The language chosen on this computer, or the computer's own when nobody chose one. */
  get(): Promise<CallResult<HandoutLanguage>>
  /** Keeps the language for this computer and rebuilds the menu in it; the page switches itself. */
  set(language: HandoutLanguage): Promise<CallResult<HandoutLanguage>>
}
