import { describe, expect, it } from 'vitest'
import { defaultDeskLanguage, deskRegion } from '../../../src/shared/desk-language/desk-region'

describe("the desk's language and region", () => {
  it("starts in the computer's language when the desk speaks it, else in English", () => {
    expect(defaultDeskLanguage('de-AT')).toBe('de')
    expect(defaultDeskLanguage('es')).toBe('es')
    expect(defaultDeskLanguage('fr_CA')).toBe('fr')
    expect(defaultDeskLanguage('pl-PL')).toBe('en')
    expect(defaultDeskLanguage(undefined)).toBe('en')
  })

  it("writes dates and numbers as the computer's region does when it is in the desk's language, else as the language's home region", () => {
    expect(deskRegion('en', 'en-US')).toBe('en-US')
    expect(deskRegion('de', 'de-AT')).toBe('de-AT')
    expect(deskRegion('en', 'de-DE')).toBe('en-GB')
    expect(deskRegion('fr', 'en-GB')).toBe('fr-FR')
    expect(deskRegion('es', undefined)).toBe('es-ES')
    // 1,5 mm in Spanish, French and German.
    expect(new Intl.NumberFormat(deskRegion('es', 'en-US')).format(1.5)).toBe('1,5')
  })
})
