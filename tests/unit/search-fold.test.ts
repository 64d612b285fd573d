import { describe, expect, it } from 'vitest'
import { foldForSearch, phoneDigits, searchWords } from '../../src/shared/text/search-fold'

describe('foldForSearch', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['Łukasiewicz', 'lukasiewicz'],
    ['Øster', 'oster'],
    ['Straße', 'strasse'],
    ['Ægir', 'aegir'],
    ['Đorđević', 'dordevic'],
    ['İlkay', 'ilkay'],
    ['ΟΔΥΣΣΕΑΣ', 'οδυσσεασ'],
    ['Παναγιώτα', 'παναγιωτα'],
    ['ЁЛКИН', 'елкин'],
    ['Nguyễn Thị Ánh', 'nguyen thi anh'],
    ['ＡＢＣ', 'abc']
  ])('folds %s to %s', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded)
  })

  it('folds both sides the same way for Japanese and Korean', () => {
    expect(foldForSearch('ガ')).toBe(foldForSearch('ガ'))
    expect(foldForSearch('김민준')).toBe(foldForSearch('김민준'.normalize('NFD')))
  })
})

describe('searchWords', () => {
  it('splits at spaces and punctuation', () => {
    expect(searchWords("O'Brien-Smyth  de la Cruz")).toEqual(['o', 'brien', 'smyth', 'de', 'la', 'cruz'])
  })
})

describe('phoneDigits', () => {
  it('keeps only digits', () => {
    expect(phoneDigits('+44 (0)7700-900 123')).toBe('4407700900123')
  })
})
