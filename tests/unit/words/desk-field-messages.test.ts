import { afterEach, describe, expect, it } from 'vitest'
import { computed, type WritableComputedRef } from 'vue'
import { clientFieldsSchema } from '../../../src/shared/register/client'
import { setWordsLanguage } from '../../../src/shared/words/words-language'
import { parseInDeskLanguage } from '../../../src/renderer/src/forms/parse-in-desk-language'
import { i18n } from '../../../src/renderer/src/i18n'

// The desk's locale as the language setting will set it; typed to the languages shipped so far.
const deskLocale = i18n.global.locale as unknown as WritableComputedRef<string>

afterEach(() => {
  deskLocale.value = 'en'
  setWordsLanguage('en')
})

describe("a desk form's field messages", () => {
  it("follow the desk's language at once, with no new key press", () => {
    const checked = computed(() => parseInDeskLanguage(clientFieldsSchema, { givenName: 'Ana', familyName: '' }))
    const familyNameMessage = (): string | undefined => checked.value.error?.issues.find((issue) => issue.path[0] === 'familyName')?.message
    expect(familyNameMessage()).toBe("Enter the client's family name.")
    deskLocale.value = 'fr'
    expect(familyNameMessage()).toBe('Saisissez le nom de famille du client.')
    deskLocale.value = 'es'
    expect(familyNameMessage()).toBe('Introduzca los apellidos del cliente.')
    deskLocale.value = 'de'
    expect(familyNameMessage()).toBe('Bitte geben Sie den Nachnamen der Kundin oder des Kunden ein.')
  })
})
