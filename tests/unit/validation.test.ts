import { describe, expect, it } from 'vitest'
import { Temporal } from 'temporal-polyfill'
import { clientFieldsIn } from '../../src/shared/register/client'
import { treatmentFieldsSchema } from '../../src/shared/register/treatment'

const validClient = { givenName: 'Zoë', familyName: 'Łukasiewicz' }
const validTreatment = {
  clientId: '01JDK9Z5R8W3V6Y2T4Q7N1M0PX',
  performedAt: '2026-11-20T14:30',
  timeZone: 'Europe/London',
  zones: [{ zone: 'cheeks', depthMm: 1.5 }]
}
const tomorrow = Temporal.Now.plainDateISO().add({ days: 1 }).toString()

/** The message the schema gives for one field, or undefined when the input is valid. */
function clientMessage(fields: Record<string, unknown>, field: string): string | undefined {
  const result = clientFieldsIn('GB').safeParse({ ...validClient, ...fields })
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message
}

function treatmentMessage(fields: Record<string, unknown>): string | undefined {
  const result = treatmentFieldsSchema.safeParse({ ...validTreatment, ...fields })
  return result.success ? undefined : result.error.issues.map((issue) => issue.message).join(' ')
}

describe('client names', () => {
  it.each([
    ['empty', '', "Enter the client's first name."],
    ['whitespace only', '   \t ', "Enter the client's first name."],
    ['101 characters', 'a'.repeat(101), 'The first name can be at most 100 characters.'],
    ['SQL', "Robert'); DROP TABLE clients;--", 'The first name can only contain letters'],
    ['emoji', 'Zoë 🌸', 'The first name can only contain letters'],
    ['digits', 'R2D2', 'The first name can only contain letters'],
    ['a right-to-left override', 'Ann\u202Ea', 'The first name can only contain letters'],
    ['a line break', 'Ann\nMarie', 'The first name can only contain letters']
  ])('refuses a name that is %s', (_case, name, message) => {
    expect(clientMessage({ givenName: name }, 'givenName')).toContain(message)
  })

  it('accepts 100 characters, counted as characters, not code units', () => {
    expect(clientMessage({ givenName: 'a'.repeat(100) }, 'givenName')).toBeUndefined()
    expect(clientMessage({ givenName: '𠮷'.repeat(100) }, 'givenName')).toBeUndefined()
  })

  it.each([
    'Zoë',
    "O'Brien",
    'Jean-Luc',
    'Nguyễn Thị Ánh',
    'Παναγιώτα',
    'Ёлкин',
    '王小明',
    'あゆみ',
    '김민준',
    'عائشة',
    'שָׁרָה',
    'St. John',
    'مهرداد\u200Cی'
  ])('accepts the name %s', (name) => {
    expect(clientMessage({ givenName: name }, 'givenName')).toBeUndefined()
  })

  it('trims surrounding spaces', () => {
    expect(clientFieldsIn('GB').parse({ ...validClient, givenName: '  Ana  ' }).givenName).toBe('Ana')
  })
})

describe('client details', () => {
  it.each([
    ['30 February', '2024-02-30', "doesn't exist"],
    ['a day that does not exist', '2023-02-29', "doesn't exist"],
    ['tomorrow', tomorrow, "can't be in the future"],
    ['the wrong format', '12/03/1985', 'YYYY-MM-DD'],
    ['before 1900', '1899-12-31', 'before 1900']
  ])('refuses a date of birth that is %s', (_case, date, message) => {
    expect(clientMessage({ dateOfBirth: date }, 'dateOfBirth')).toContain(message)
  })

  it('accepts 29 February of a leap year and a blank date of birth', () => {
    expect(clientMessage({ dateOfBirth: '2024-02-29' }, 'dateOfBirth')).toBeUndefined()
    expect(clientFieldsIn('GB').parse({ ...validClient, dateOfBirth: '  ' }).dateOfBirth).toBeNull()
  })

  it.each(['12345', 'call me', '1'.repeat(21)])('refuses the phone %s', (phone) => {
    expect(clientMessage({ phone }, 'phone')).toContain('This is not a valid phone number for the clinic’s country (United Kingdom)')
  })

  it('refuses a phone with an extension, which E.164 cannot keep', () => {
    expect(clientMessage({ phone: '+44 7700 900123 ext 4' }, 'phone')).toContain('without an extension')
  })

  it.each(['+44 7700 900123', '+1 (555) 010-9999', '07700.900.123'])('accepts the phone %s', (phone) => {
    expect(clientMessage({ phone }, 'phone')).toBeUndefined()
  })

  it.each(['jane', 'jane@', '@example.com', 'jane@example', 'ja ne@example.com'])('refuses the email %s', (email) => {
    expect(clientMessage({ email }, 'email')).toBe('Enter an email address like name@example.com.')
  })

  it('refuses an unknown skin type and language', () => {
    expect(clientMessage({ skinType: 'VII' }, 'skinType')).toContain('one of I, II, III, IV, V or VI')
    expect(clientMessage({ language: 'xx' }, 'language')).toContain('English, Spanish, French or German')
  })

  it('refuses notes over 5,000 characters and accepts 5,000', () => {
    expect(clientMessage({ notes: 'n'.repeat(5001) }, 'notes')).toBe('Notes can be at most 5,000 characters.')
    expect(clientMessage({ notes: 'n'.repeat(5000) }, 'notes')).toBeUndefined()
  })
})

describe('treatments', () => {
  it.each([
    [0, 'at least 0.1 mm'],
    [-1, 'at least 0.1 mm'],
    [3.01, 'at most 3 mm'],
    [0.125, 'at most two decimals'],
    [Number.NaN, 'needle depth in millimetres'],
    ['abc', 'needle depth in millimetres']
  ])('refuses the depth %s', (depthMm, message) => {
    expect(treatmentMessage({ zones: [{ zone: 'cheeks', depthMm }] })).toContain(message)
  })

  it.each([0.1, 0.25, 1.05, 3])('accepts the depth %s', (depthMm) => {
    expect(treatmentMessage({ zones: [{ zone: 'cheeks', depthMm }] })).toBeUndefined()
  })

  it('needs at least one zone, each zone once, each from the list', () => {
    expect(treatmentMessage({ zones: [] })).toContain('at least one zone')
    expect(
      treatmentMessage({
        zones: [
          { zone: 'cheeks', depthMm: 1 },
          { zone: 'cheeks', depthMm: 1.5 }
        ]
      })
    ).toContain('Each zone can be listed once')
    expect(treatmentMessage({ zones: [{ zone: 'elbow', depthMm: 1 }] })).toContain('zone from the list')
  })

  it('refuses unreal and future dates, and unknown time zones', () => {
    expect(treatmentMessage({ performedAt: '2026-02-30T10:00' })).toContain('real treatment date')
    expect(treatmentMessage({ performedAt: '2026-11-20T25:00' })).toContain('real treatment date')
    expect(treatmentMessage({ performedAt: `${tomorrow}T10:00`, timeZone: Temporal.Now.timeZoneId() })).toContain(
      "can't be recorded for a future date"
    )
    expect(treatmentMessage({ timeZone: 'Mars/Olympus' })).toContain('time zone is not known')
    expect(treatmentMessage({ timeZone: '+01:00' })).toContain('time zone is not known')
  })

  it('refuses a 5,001-character note and a session number that is not a whole number', () => {
    expect(treatmentMessage({ notes: 'n'.repeat(5001) })).toBe('Notes can be at most 5,000 characters.')
    expect(treatmentMessage({ sessionNumber: 1.5 })).toContain('whole number')
  })
})
