import { describe, expect, it } from 'vitest'
import { HANDOUT_LANGUAGES } from '../../../src/shared/register/vocabulary'
import en from '../../../src/renderer/src/i18n/en'
import es from '../../../src/renderer/src/i18n/es'
import fr from '../../../src/renderer/src/i18n/fr'
import de from '../../../src/renderer/src/i18n/de'

// The type system already refuses a missing or extra key in a language's files; this test says
// the same at run time, and checks what types cannot: the placeholders and plural forms each
// message keeps, and that nothing was left in English by mistake.

const MESSAGES = { en, es, fr, de }

/**
 * Texts that are rightly the same as English in a language: names, abbreviations, words the
 * language borrowed, and messages that are only placeholders and units.
 */
const SAME_AS_ENGLISH: Record<'es' | 'fr' | 'de', string[]> = {
  es: ['Aftercare Desk', 'PIN', 'No', 'mm', '{depth} mm', 'UTF-8', 'Windows-1252'],
  fr: [
    'Aftercare Desk', 'mm', '{depth} mm', 'UTF-8', 'Windows-1252', 'client', 'clients', 'Client', 'Clients', 'Notes', 'Date',
    'Zone', 'Logo', 'Actions', 'Question', 'Questions', 'Question {number}', '{count} question | {count} questions',
    'Version {version}', 'Version {from} → version {to}', 'Versions', 'Introduction', 'Port', 'Pigmentation', 'Type {type}'
  ],
  de: [
    'Aftercare Desk', 'PIN', 'mm', '{depth} mm', 'UTF-8', 'Windows-1252', 'optional', 'Name', 'Zone', 'Logo', 'Status',
    'Details', 'Server', 'Port', 'Website', 'Computer', 'Team', 'Version {version}'
  ]
}

function flatten(messages: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else for (const [inner, text] of flatten(value as object, path)) flat.set(inner, text)
  }
  return flat
}

/** `{name}` placeholders per plural form, sorted: what vue-i18n fills in. */
function shape(message: string): string[] {
  return message.split(' | ').map((form) => [...form.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort().join(','))
}

const english = flatten(en)

describe('the desk in every language', () => {
  it('offers exactly the handout languages', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...HANDOUT_LANGUAGES].sort())
  })

  describe.each(['es', 'fr', 'de'] as const)('%s', (language) => {
    const translated = flatten(MESSAGES[language])

    it('has every English key and no other', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    })

    it('keeps the placeholders and plural forms of each English message', () => {
      const differing = [...english].filter(([key, text]) => translated.has(key) && shape(text).join('|') !== shape(translated.get(key)!).join('|'))
      expect(differing.map(([key]) => key)).toEqual([])
    })

    it('leaves nothing in English by mistake', () => {
      const untranslated = [...english]
        .filter(([key, text]) => translated.get(key) === text)
        .map(([, text]) => text)
        .filter((text) => /\p{L}/u.test(text.replace(/\{\w+\}/g, '')) && !SAME_AS_ENGLISH[language].includes(text))
      expect(untranslated).toEqual([])
    })
  })
})
