import { describe, expect, it } from 'vitest'
import { formatDay, formatMilestoneDate } from '../../../src/shared/aftercare/format-date'

describe('formatting plan dates for the patient', () => {
  it('shows the weekday, day, month and clock time of the local time, whatever its offset', () => {
    expect(formatMilestoneDate('2024-11-30T14:30:00+00:00', 'en-GB')).toBe('Saturday 30 November, 14:30')
    expect(formatMilestoneDate('2026-03-29T11:00:00+01:00', 'en-GB')).toBe('Sunday 29 March, 11:00')
    expect(formatMilestoneDate('2026-11-01T09:00:00-05:00', 'en-GB')).toBe('Sunday 1 November, 09:00')
  })

  it('keeps the date of a late-evening time instead of moving it to another zone', () => {
    expect(formatMilestoneDate('2027-01-01T23:30:00+09:00', 'en-GB')).toBe('Friday 1 January, 23:30')
    expect(formatMilestoneDate('2028-02-29T00:15:00-10:00', 'en-GB')).toBe('Tuesday 29 February, 00:15')
  })

  it('follows the language or locale it is given', () => {
    expect(formatMilestoneDate('2024-11-30T14:30:00+00:00', 'fr')).toBe('samedi 30 novembre, 14:30')
    expect(formatMilestoneDate('2024-11-30T14:30:00+00:00', 'de')).toBe('Samstag, 30. November, 14:30')
    expect(formatMilestoneDate('2024-11-30T14:30:00+00:00', 'en-US')).toMatch(/^Saturday, November 30, 02:30\sPM$/)
  })

  it('formats a day of a stage or session window', () => {
    expect(formatDay('2028-02-29', 'en-GB')).toBe('Tuesday 29 February')
    expect(formatDay('2026-12-14', 'es')).toBe('lunes, 14 de diciembre')
  })
})
