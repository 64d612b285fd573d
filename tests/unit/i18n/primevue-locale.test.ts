import { afterEach, describe, expect, it } from 'vitest'
import { i18n, loadDeskMessages } from '../../../src/renderer/src/i18n'
import { primeVueLocale } from '../../../src/renderer/src/theme/primevue-locale'

afterEach(() => {
  i18n.global.locale.value = 'en'
})

describe("PrimeVue's words", () => {
  it('give screen readers the desk language, and keep the place PrimeVue puts its count in', async () => {
    await loadDeskMessages('de')
    i18n.global.locale.value = 'de'
    const locale = primeVueLocale('de-DE')
    expect(locale.aria).toEqual({ close: 'Schließen', previous: 'Zurück', next: 'Weiter', listLabel: 'Optionsliste' })
    expect(locale.searchMessage).toBe('{0} Ergebnisse verfügbar')
    expect(locale.selectionMessage).toBe('{0} Einträge ausgewählt')
  })

  it("word the date picker's year view too: its decade buttons", async () => {
    await loadDeskMessages('fr')
    i18n.global.locale.value = 'fr'
    expect(primeVueLocale('fr-FR')).toMatchObject({ prevDecade: 'Décennie précédente', nextDecade: 'Décennie suivante' })
  })
})
