import { afterEach, describe, expect, it } from 'vitest'
import { clientFieldsSchema } from '../../../src/shared/register/client'
import { treatmentFieldsSchema } from '../../../src/shared/register/treatment'
import { parseInLanguage } from '../../../src/shared/words/parse-in-language'
import { setWordsLanguage } from '../../../src/shared/words/words-language'

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined =>
  result.error?.issues[0]?.message

afterEach(() => setWordsLanguage('en'))

describe("the shared schemas' refusals", () => {
  it.each([
    ['en', "Enter the client's first name."],
    ['es', 'Introduzca el nombre del cliente.'],
    ['fr', 'Saisissez le prénom du client.'],
    ['de', 'Bitte geben Sie den Vornamen der Kundin oder des Kunden ein.']
  ] as const)('come in the desk language, %s, from the same schema', (language, message) => {
    setWordsLanguage(language)
    expect(messageOf(clientFieldsSchema.safeParse({ givenName: ' ', familyName: 'Ruiz' }))).toBe(message)
  })

  it('change with the language from one check to the next, as a desk form checks on every key press', () => {
    const familyNameMessage = (language: 'en' | 'es' | 'fr' | 'de') =>
      parseInLanguage(clientFieldsSchema, { givenName: 'Ana', familyName: '' }, language).error?.issues.find(
        (issue) => issue.path[0] === 'familyName'
      )?.message
    expect(familyNameMessage('fr')).toBe('Saisissez le nom de famille du client.')
    expect(familyNameMessage('es')).toBe('Introduzca los apellidos del cliente.')
    expect(familyNameMessage('de')).toBe('Bitte geben Sie den Nachnamen der Kundin oder des Kunden ein.')
    expect(familyNameMessage('en')).toBe("Enter the client's family name.")
  })

  it('write numbers the language way: 1,5 and 3 mm, 5.000 characters', () => {
    const treatment = {
      clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX',
      performedAt: '2026-11-20T14:30',
      timeZone: 'Europe/Berlin',
      zones: [{ zone: 'cheeks', depthMm: 3.5 }]
    }
    setWordsLanguage('de')
    expect(messageOf(treatmentFieldsSchema.safeParse(treatment))).toBe('Die Nadeltiefe darf höchstens 3 mm betragen.')
    expect(messageOf(clientFieldsSchema.safeParse({ givenName: 'Ana', familyName: 'Ruiz', notes: 'n'.repeat(5001) }))).toBe(
      'Notizen dürfen höchstens 5.000 Zeichen lang sein.'
    )
    setWordsLanguage('fr')
    expect(messageOf(treatmentFieldsSchema.safeParse({ ...treatment, zones: [{ zone: 'cheeks', depthMm: 0.005 }] }))).toBe(
      'La profondeur d’aiguille doit être d’au moins 0,1 mm.'
    )
  })

  it("say zod's own refusals (a value of the wrong kind) in the language too", () => {
    setWordsLanguage('es')
    const result = clientFieldsSchema.safeParse({ givenName: 'Ana', familyName: 'Ruiz', dateOfBirth: 19850327 })
    expect(messageOf(result)).toMatch(/Entrada inválida/)
  })
})
