import { describe, expect, it } from 'vitest'
import { HANDOUT_LANGUAGES } from '../../../src/shared/register/vocabulary'
import { DE_WORDS } from '../../../src/shared/words/de'
import { EN_WORDS, type WordId } from '../../../src/shared/words/en'
import { ES_WORDS } from '../../../src/shared/words/es'
import { FR_WORDS } from '../../../src/shared/words/fr'
import { placeholdersOf } from '../../../src/shared/words/words'

const WORDS = { es: ES_WORDS, fr: FR_WORDS, de: DE_WORDS }

/**
 * Words that are rightly the same as English in a language (case aside): a header every
 * language writes "ID", and French that happens to be spelt as English is ("clients").
 */
const SAME_AS_ENGLISH: Partial<Record<(typeof HANDOUT_LANGUAGES)[number], WordId[]>> = {
  es: ['export.column.id', 'clientData.no', 'export.value.no'],
  fr: ['export.column.id', 'export.clients.title', 'fileName.clients', 'consentForm.sectionName.signatures'],
  de: ['export.column.id']
}

const ENGLISH_IDS = Object.keys(EN_WORDS).sort()

describe.each(HANDOUT_LANGUAGES.filter((language) => language !== 'en'))('the words in %s', (language) => {
  const catalog = WORDS[language as keyof typeof WORDS]

  it('has every id English has, and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual(ENGLISH_IDS)
  })

  it('is translated: no text equals the English one unless it is on the short list', () => {
    const allowed = new Set(SAME_AS_ENGLISH[language] ?? [])
    const untranslated = ENGLISH_IDS.filter(
      (id) => !allowed.has(id as WordId) && catalog[id as WordId].trim().toLowerCase() === EN_WORDS[id as WordId].toLowerCase()
    )
    expect(untranslated).toEqual([])
  })

  it('takes the same values as English in every text, and has no empty text', () => {
    for (const id of ENGLISH_IDS as WordId[]) {
      expect(catalog[id].trim(), id).not.toBe('')
      expect(placeholdersOf(catalog[id]), id).toEqual(placeholdersOf(EN_WORDS[id]))
    }
  })

  it('keeps the short list honest: an allowed id still equals English', () => {
    for (const id of SAME_AS_ENGLISH[language] ?? []) {
      expect(catalog[id].toLowerCase(), id).toBe(EN_WORDS[id].toLowerCase())
    }
  })
})
