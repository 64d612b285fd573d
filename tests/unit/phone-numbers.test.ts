import { describe, expect, it } from 'vitest'
import { countryOfLocale } from '../../src/shared/clinic/clinic-country'
import { csvConventionsFor, dateOrderIn, COMMAS_AND_POINTS, SEMICOLONS_AND_DECIMAL_COMMAS } from '../../src/shared/clinic/spreadsheet-region'
import { clientFieldsIn } from '../../src/shared/register/client'
import { isStoredPhoneNumber, phoneNumberForDisplay, readPhoneNumber } from '../../src/shared/register/phone-numbers'

describe('reading a typed phone number in the clinic’s country', () => {
  it.each([
    ['07700 900123', 'GB', '+447700900123'],
    ['(0117) 496-0123', 'GB', '+441174960123'],
    ['+44 7700 900123', 'FR', '+447700900123'],
    ['0044 7700 900123', 'DE', '+447700900123'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['0612345678', 'FR', '+33612345678'],
    ['030 12345678', 'DE', '+493012345678'],
    ['0151 12345678', 'DE', '+4915112345678'],
    ['612 345 678', 'ES', '+34612345678'],
    ['(415) 555-2671', 'US', '+14155552671']
  ] as const)('%s in %s is %s', (typed, country, e164) => {
    expect(readPhoneNumber(typed, country)).toEqual({ e164 })
  })

  it.each([
    ['call us', 'GB'],
    ['12', 'GB'],
    ['07700 9001234', 'GB'],
    ['0612345678999', 'FR'],
    // A British number typed without its country code is no number in the United States.
    ['0117 496 0123', 'US']
  ] as const)('refuses %s in %s', (typed, country) => {
    expect(readPhoneNumber(typed, country)).toEqual({ problem: 'unreadable' })
  })

  it('refuses an extension rather than dropping it', () => {
    expect(readPhoneNumber('+44 117 496 0123 ext. 12', 'GB')).toEqual({ problem: 'extension' })
  })

  it('is the form’s rule: E.164 out, a message naming the country for a number it cannot read', () => {
    const client = { givenName: 'Zoë', familyName: 'Adams' }
    expect(clientFieldsIn('FR').parse({ ...client, phone: ' 06 12 34 56 78 ' }).phone).toBe('+33612345678')
    expect(clientFieldsIn('FR').parse({ ...client, phone: '' }).phone).toBeNull()
    const refused = clientFieldsIn('GB').safeParse({ ...client, phone: '0612345678999' })
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['phone', 'This is not a valid phone number for the clinic’s country (United Kingdom): check the digits, or start a number from another country with + and its country code.']
    ])
  })
})

describe('showing a stored number', () => {
  it.each([
    ['+447700900123', 'GB', '07700 900123'],
    ['+447700900123', 'FR', '+44 7700 900123'],
    ['+33612345678', 'FR', '06 12 34 56 78'],
    ['+33612345678', 'GB', '+33 6 12 34 56 78'],
    ['+4915112345678', 'DE', '01511 2345678'],
    ['+34612345678', 'ES', '612 34 56 78'],
    ['+14155552671', 'US', '(415) 555-2671'],
    // Canada shares +1: seen from the United States, dialled nationally.
    ['+14165550123', 'US', '(416) 555-0123']
  ] as const)('%s seen from %s reads %s', (stored, country, text) => {
    expect(phoneNumberForDisplay(stored, country)).toEqual({ text, readable: true })
  })

  it('shows a number kept as typed (not E.164) as typed, flagged', () => {
    expect(phoneNumberForDisplay('ring the mobile', 'GB')).toEqual({ text: 'ring the mobile', readable: false })
    expect(phoneNumberForDisplay('07700 900123', 'GB')).toEqual({ text: '07700 900123', readable: false })
    expect(phoneNumberForDisplay('+4412', 'GB')).toEqual({ text: '+4412', readable: false })
    expect(isStoredPhoneNumber('+447700900123')).toBe(true)
    expect(isStoredPhoneNumber('+44 7700 900123')).toBe(false)
  })
})

describe('the clinic’s country', () => {
  it.each([
    ['en-GB', 'GB'],
    ['de-AT', 'AT'],
    ['fr-CH', 'CH'],
    ['es', 'ES'],
    ['de', 'DE'],
    ['not a locale!', 'GB']
  ])('of a computer set to %s is %s', (locale, country) => {
    expect(countryOfLocale(locale)).toBe(country)
  })

  it('decides how spreadsheets write decimals and dates', () => {
    expect(csvConventionsFor({ country: 'GB' })).toEqual(COMMAS_AND_POINTS)
    expect(csvConventionsFor({ country: 'US' })).toEqual(COMMAS_AND_POINTS)
    expect(csvConventionsFor({ country: 'CH' })).toEqual(COMMAS_AND_POINTS)
    for (const country of ['FR', 'DE', 'ES', 'AT'] as const) expect(csvConventionsFor({ country })).toEqual(SEMICOLONS_AND_DECIMAL_COMMAS)
    expect(dateOrderIn('US')).toBe('MDY')
    for (const country of ['GB', 'IE', 'FR', 'DE', 'ES', 'JP'] as const) expect(dateOrderIn(country)).toBe('DMY')
  })
})
