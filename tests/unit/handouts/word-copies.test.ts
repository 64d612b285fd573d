import { describe, expect, it } from 'vitest'
import { copierFor } from '../../../src/main/handouts/lighter-drawing/word-copies'

describe("a kept word's copy for a document", () => {
  it('has every property of the word in its order, with the document’s font', () => {
    const word = { text: 'Avoid ', font: ['NotoSans', false, false], fontSize: 9.5, color: 'black', decoration: null, width: 27.4 }
    const documentFont = { id: 'F1' }
    const copy = copierFor(word)(word, documentFont)
    expect(Object.keys(copy)).toEqual(Object.keys(word))
    expect(copy).toEqual({ ...word, font: documentFont })
    // Another copy, another object: pdfmake places each copy on its own.
    expect(copierFor(word)(word, documentFont)).not.toBe(copy)
  })

  it('takes a property named "__proto__" as a property, not as the prototype', () => {
    const word = JSON.parse('{"text":"x","font":"F","__proto__":{"bold":true}}') as Record<string, unknown> & { font: unknown }
    const copy = copierFor(word)(word, {})
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['text', 'font', '__proto__'])
  })
})
