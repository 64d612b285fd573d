import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { defaultDeskLanguage } from '@shared/desk-language/desk-region'
import { HANDOUT_LANGUAGES, type HandoutLanguage } from '@shared/register/vocabulary'

// The desk's language as main knows it: read once at start from this computer's preference file
// (else the computer's own language), changed from Settings. Whatever main words for the desk
// (its menu, and its messages) asks `currentDeskLanguage()`.

const savedLanguageSchema = z.object({ language: z.enum(HANDOUT_LANGUAGES) })

let current: HandoutLanguage = 'en'
const listeners = new Set<(language: HandoutLanguage) => void>()

export function currentDeskLanguage(): HandoutLanguage {
  return current
}

/** Reads the saved choice; a missing or unreadable file means nobody chose, so the computer's language. */
export function loadDeskLanguage(file: string, computerLocale: string | undefined): HandoutLanguage {
  current = readSavedLanguage(file) ?? defaultDeskLanguage(computerLocale)
  return current
}

/** Keeps the choice for this computer, then tells whoever words things for the desk. */
export function saveDeskLanguage(file: string, language: HandoutLanguage): void {
  // Written beside and renamed, so a crash mid-write never leaves half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify({ language }))
  renameSync(`${file}.tmp`, file)
  current = language
  for (const listener of listeners) listener(language)
}

/** Calls back after each change of language; returns a function that stops listening. */
export function onDeskLanguageChange(listener: (language: HandoutLanguage) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function readSavedLanguage(file: string): HandoutLanguage | undefined {
  try {
    const parsed = savedLanguageSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    return parsed.success ? parsed.data.language : undefined
  } catch {
    return undefined
  }
}
