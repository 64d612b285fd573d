import { describe, expect, it } from 'vitest'
import { readTimeOfDay, writeTimeOfDay } from '../../../src/renderer/src/format/time-of-day'

describe('a time of day as the region writes it', () => {
  it.each([
    ['de-DE', '14:30'],
    ['fr-FR', '14:30'],
    ['es-ES', '14:30'],
    ['en-GB', '14:30'],
    ['en-US', /^2:30\s?PM$/u]
  ] as const)('writes 14:30 in %s', (region, written) => {
    expect(writeTimeOfDay('14:30', region)).toMatch(written)
  })

  it('reads back what it writes, in every region', () => {
    for (const region of ['de-DE', 'fr-FR', 'es-ES', 'en-GB', 'en-US']) {
      for (const time of ['00:00', '00:05', '09:15', '12:00', '12:30', '23:59']) {
        expect(readTimeOfDay(writeTimeOfDay(time, region)), `${time} in ${region}`).toBe(time)
      }
    }
  })

  it.each([
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['14 h 30', '14:30'],
    ['14h', '14:00'],
    ['9:05', '09:05'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['14', '14:00'],
    ['2:30 pm', '14:30'],
    ['2.30PM', '14:30'],
    ['12:15 a.m.', '00:15'],
    ['12 pm', '12:00'],
    ['0:00', '00:00']
  ])('reads %s as typed at a desk', (typed, time) => {
    expect(readTimeOfDay(typed)).toBe(time)
  })

  it.each(['', 'noon', '24:00', '14:60', '13 pm', '0 am', '1:2', '12345'])('reads %j as no time', (typed) => {
    expect(readTimeOfDay(typed)).toBeUndefined()
  })

  it('leaves what is no HH:MM as it is, to be refused beside the field', () => {
    expect(writeTimeOfDay('half past two', 'en-GB')).toBe('half past two')
  })
})
