import { describe, expect, it } from 'vitest'
import { pickerDateFormat } from '../../../src/renderer/src/theme/picker-date-format'

describe("the date picker's pattern follows the region's way of writing a date", () => {
  it.each([
    ['en-GB', 'dd/mm/yy'],
    ['en-US', 'mm/dd/yy'],
    ['es-ES', 'dd/mm/yy'],
    ['fr-FR', 'dd/mm/yy'],
    ['de-DE', 'dd.mm.yy'],
    ['de-AT', 'dd.mm.yy'],
    ['sv-SE', 'yy-mm-dd'],
    ['ko-KR', 'yy. mm. dd.']
  ])('%s: %s', (region, pattern) => {
    expect(pickerDateFormat(region)).toBe(pattern)
  })
})
