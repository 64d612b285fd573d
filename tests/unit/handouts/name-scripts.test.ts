import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import bidiFactory from 'bidi-js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fontRuns, unprintableNameReason, type FontRun, type HandoutFont } from '../../../src/main/handouts/name-scripts'

/**
 * How names are split into runs of one font, put in the order pdfmake draws them, and given
 * to pdfkit and fontkit so Arabic and Hebrew come out joined and right to left.
 */

/** fontRuns as it was before right-to-left names could print: what every earlier handout was made with. */
function runsBeforeRightToLeft(text: string): FontRun[] {
  const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u
  const HANGUL = /\p{Script=Hangul}/u
  const NOTO_SANS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u
  const fontFor = (character: string): HandoutFont | undefined =>
    HAN_KANA.test(character) ? 'HanKana' : HANGUL.test(character) ? 'Hangul' : NOTO_SANS.test(character) ? 'NotoSans' : undefined
  const runs: FontRun[] = []
  for (const character of text) {
    const previous = runs.at(-1)
    const font = character === ' ' && previous ? previous.font : (fontFor(character) ?? 'NotoSans')
    if (previous && previous.font === font) previous.text += character
    else runs.push({ text: character, font })
  }
  return runs
}

describe('text with no right-to-left letters', () => {
  // Latin, Greek, Cyrillic, CJK, Hangul, Thai, punctuation, Arabic punctuation with no Arabic
  // letter, bidi marks and overrides, combining marks, emoji, line breaks.
  const characters = [...'aZéẞỹ ΩλЖё王あカ민김ก-\'.,;:!?()[]{}«»0123456789 \t\n\u00A0،؟ـ\u0301\u064E\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2069😀𠮷']

  it('gives exactly the runs it gave before, so earlier handouts reprint byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 40 }), (letters) => {
        const text = letters.join('')
        expect(fontRuns(text)).toEqual(runsBeforeRightToLeft(text))
      }),
      { numRuns: 2000 }
    )
  })

  it.each(['Zoë Łukasiewicz', 'Nguyễn Thị Ánh Đặng', 'Παναγιώτα Αποστόλου', 'Алёна Ёлкина', '小明 王', 'あゆみ 児玉', '민준 김', 'Anna 김', ''])(
    'splits %j as before',
    (text) => {
      expect(fontRuns(text)).toEqual(runsBeforeRightToLeft(text))
    }
  )

  it('keeps Latin, Korean and Japanese in their fonts', () => {
    expect(fontRuns('Anna 김민준 あゆみ')).toEqual([
      { text: 'Anna ', font: 'NotoSans' },
      { text: '김민준 ', font: 'Hangul' },
      { text: 'あゆみ', font: 'HanKana' }
    ])
  })
})

describe('text with Arabic or Hebrew letters', () => {
  it.each<[string, FontRun[]]>([
    [
      'ليلى حداد',
      [
        { text: 'حداد', font: 'Arabic', noWrap: true },
        { text: ' ', font: 'Arabic' },
        { text: 'ليلى', font: 'Arabic', noWrap: true }
      ]
    ],
    [
      'נועה לוי',
      [
        { text: 'לוי', font: 'Hebrew', noWrap: true },
        { text: ' ', font: 'Hebrew' },
        { text: 'נועה', font: 'Hebrew', noWrap: true }
      ]
    ],
    [
      'أحمد Smith',
      [
        { text: 'أحمد', font: 'Arabic', noWrap: true },
        { text: ' ', font: 'Arabic' },
        { text: 'Smith', font: 'NotoSans' }
      ]
    ],
    [
      'Sarah כהן',
      [
        { text: 'Sarah ', font: 'NotoSans' },
        { text: 'כהן', font: 'Hebrew', noWrap: true }
      ]
    ],
    [
      'ليلى Haddad',
      [
        { text: 'ليلى', font: 'Arabic', noWrap: true },
        { text: ' ', font: 'Arabic' },
        { text: 'Haddad', font: 'NotoSans' }
      ]
    ],
    [
      'Noa לוי',
      [
        { text: 'Noa ', font: 'NotoSans' },
        { text: 'לוי', font: 'Hebrew', noWrap: true }
      ]
    ]
  ])('puts %j in visual order, each right-to-left word in logical order for fontkit to turn', (text, runs) => {
    expect(fontRuns(text)).toEqual(runs)
  })

  it('orders the words of a name with three parts right to left, and Latin after them', () => {
    expect(fontRuns('عبد الله حداد Jones').map((run) => run.text)).toEqual(['حداد', ' ', 'الله', ' ', 'عبد', ' ', 'Jones'])
  })

  it('mirrors brackets inside right-to-left text and reverses what fontkit would not', () => {
    // "(" and ")" are neutral: inside Arabic they are right to left, so they swap (rule L4).
    expect(fontRuns('ليلى (حداد)')).toEqual([
      { text: '(', font: 'NotoSans' },
      { text: 'حداد', font: 'Arabic', noWrap: true },
      { text: ') ', font: 'NotoSans' },
      { text: 'ليلى', font: 'Arabic', noWrap: true }
    ])
    // Around a whole Arabic name in a left-to-right line they stay as they are.
    expect(fontRuns('(ليلى)')).toEqual([
      { text: '(', font: 'NotoSans' },
      { text: 'ليلى', font: 'Arabic', noWrap: true },
      { text: ')', font: 'NotoSans' }
    ])
  })

  it('keeps numbers left to right inside right-to-left text', () => {
    expect(fontRuns('ליאור 2')).toEqual([
      { text: '2 ', font: 'NotoSans' },
      { text: 'ליאור', font: 'Hebrew', noWrap: true }
    ])
    // Arabic-Indic digits are in Arabic script, which fontkit would turn around: they are given backwards.
    expect(fontRuns('ليلى ١٢')).toEqual([
      { text: '٢١', font: 'Arabic', noWrap: true },
      { text: ' ', font: 'Arabic' },
      { text: 'ليلى', font: 'Arabic', noWrap: true }
    ])
  })

  it('keeps marks, points and joiners with their letters', () => {
    expect(fontRuns('مُحَمَّد')).toEqual([{ text: 'مُحَمَّد', font: 'Arabic', noWrap: true }])
    expect(fontRuns('שָׁרָה כהן')).toEqual([
      { text: 'כהן', font: 'Hebrew', noWrap: true },
      { text: ' ', font: 'Hebrew' },
      { text: 'שָׁרָה', font: 'Hebrew', noWrap: true }
    ])
    expect(fontRuns('مهرداد\u200Cی')).toEqual([{ text: 'مهرداد\u200Cی', font: 'Arabic', noWrap: true }])
    expect(fontRuns('ليلى، حداد').map((run) => run.text)).toEqual(['حداد', ' ', 'ليلى،'])
  })

  it('splits a hyphenated name at the hyphen, in right-to-left order', () => {
    expect(fontRuns('עבד-אללה')).toEqual([
      { text: 'אללה', font: 'Hebrew', noWrap: true },
      { text: '-', font: 'NotoSans' },
      { text: 'עבד', font: 'Hebrew', noWrap: true }
    ])
  })

  it('reorders each line of a text with line breaks on its own', () => {
    expect(fontRuns('ليلى حداد\nNoa לוי').map((run) => run.text)).toEqual(['حداد', ' ', 'ليلى', '\n', 'Noa ', 'לוי'])
  })
})

// The fontkit pdfkit itself loads, so the test sees what the handouts get.
interface FontkitGlyph {
  name: string
  codePoints: number[]
}
interface FontkitFont {
  layout(text: string): { glyphs: FontkitGlyph[]; direction: 'ltr' | 'rtl'; script: string }
  hasGlyphForCodePoint(codePoint: number): boolean
}
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  openSync(file: string): FontkitFont
}
const FONT_FILES: Record<HandoutFont, string[]> = {
  NotoSans: ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf'],
  HanKana: ['DroidSansFallbackFull.ttf'],
  Hangul: ['NanumGothic.ttf'],
  Arabic: ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'],
  Hebrew: ['NotoSansHebrew-Regular.ttf', 'NotoSansHebrew-Bold.ttf']
}
const opened = new Map<string, FontkitFont>()
function font(file: string): FontkitFont {
  let parsed = opened.get(file)
  if (!parsed) opened.set(file, (parsed = fontkit.openSync(resolve('resources/fonts', file))))
  return parsed
}

/**
 * The glyphs drawn from left to right for a text, as pdfmake, pdfkit and fontkit draw its runs:
 * runs in order; in each, pdfkit lays out each word (a space ends a word) with fontkit, which
 * finds the script and, for Arabic or Hebrew, shapes and then turns the word's glyphs around.
 */
function drawnGlyphs(text: string): { glyph: FontkitGlyph; rightToLeft: boolean }[] {
  return fontRuns(text).flatMap((run) => {
    const words = run.text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? []
    return words.flatMap((word) => {
      const laidOut = font(FONT_FILES[run.font][0] ?? '').layout(word)
      return laidOut.glyphs.map((glyph) => ({ glyph, rightToLeft: laidOut.direction === 'rtl' }))
    })
  })
}

const bidi = bidiFactory()
/** The text in visual order by the Unicode bidirectional algorithm, brackets mirrored (bidi-js on its own). */
const visualOrder = (text: string) => bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, 'ltr'))

describe('what fontkit draws from the runs', () => {
  it.each([
    'ليلى حداد',
    'נועה לוי',
    'ليلى Haddad',
    'Noa לוי',
    'أحمد Smith',
    'Sarah כהן',
    'عبد الله حداد Jones',
    'ليلى (حداد)',
    '(ليلى)',
    'ליאור 2',
    'ليلى ١٢',
    'עבד-אללה',
    'مُحَمَّد',
    'ליאור [כהן]',
    'Zoë Łukasiewicz'
  ])('is %j in visual order, each letter once, none turned twice', (text) => {
    // A ligature's code points are in logical order; drawn right to left they read backwards.
    const drawn = drawnGlyphs(text)
      .map(({ glyph, rightToLeft }) => String.fromCodePoint(...(rightToLeft ? [...glyph.codePoints].reverse() : glyph.codePoints)))
      .join('')
    expect(drawn).toBe(visualOrder(text))
  })

  it('joins Arabic letters: initial, medial and final forms and the lam–alef maksura ligature', () => {
    const names = drawnGlyphs('ليلى حداد').map(({ glyph }) => glyph.name)
    // Left to right: dal isolated (alef does not join forward), alef final, dal final, hah
    // initial, space, lam with alef maksura (one glyph), yeh medial, lam initial.
    expect(names).toEqual(['uni062F', 'uni0627', 'uniFEAA', 'uniFEA3', 'space', 'uniFC86', 'uniFEF4', 'uniFEDF'])
  })

  it('lays Hebrew out right to left with its points on their letters', () => {
    const glyphs = drawnGlyphs('שָׁרָה').map(({ glyph }) => String.fromCodePoint(...glyph.codePoints))
    expect(glyphs[0]).toBe('ה')
    expect(glyphs.at(-1)).toBe('ש')
  })
})

describe('which names can be printed', () => {
  it.each(['ليلى حداد', 'נועה לוי', 'ليلى Haddad', 'Noa לוי', 'שָׁרָה כהן', 'مهرداد\u200Cی', 'عائشة الحسيني', 'Zoë Łukasiewicz', '민준 김', '小明 王'])(
    'prints %j',
    (name) => {
      expect(unprintableNameReason(name)).toBeUndefined()
    }
  )

  it.each([
    ['Thai', 'สมชาย ใจดี'],
    ['Devanagari (Hindi, Marathi, Nepali)', 'प्रिया शर्मा'],
    ['Ethiopic (Amharic, Tigrinya)', 'አበበ በቀለ'],
    ['Syriac', 'ܡܪܝܡ'],
    ['Thaana (Dhivehi)', 'އަޙްމަދު'],
    ["N'Ko", 'ߊߘߊߡ'],
    ['Tamil', 'தமிழ்'],
    ['Georgian', 'ნინო']
  ])('refuses a name in %s script, saying what to do', (script, name) => {
    expect(unprintableNameReason(`Anna ${name}`)).toBe(
      `Handouts cannot yet print names written in ${script} script, so "Anna ${name}" would come out wrong. ` +
        "Add the name in Latin letters to the client's record (you can keep the original spelling in the notes), then print again."
    )
  })

  it('refuses an Arabic letter newer than the bundled font, naming the letter', () => {
    expect(unprintableNameReason('ليلى \u08C7')).toBe(
      `Handouts cannot yet print the character "\u08C7" in "ليلى \u08C7". Add the name in Latin letters to the client's record, then print again.`
    )
  })

  it('accepts only Arabic and Hebrew characters that the bundled fonts (regular and bold) have', () => {
    const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
    let checked = 0
    for (let codePoint = 0x590; codePoint <= 0x1eeff; codePoint++) {
      const character = String.fromCodePoint(codePoint)
      if (!rightToLeft.test(character) || unprintableNameReason(character) !== undefined) continue
      const [run] = fontRuns(character)
      if (!run || (run.font !== 'Arabic' && run.font !== 'Hebrew')) continue
      for (const file of FONT_FILES[run.font]) {
        expect(font(file).hasGlyphForCodePoint(codePoint), `${codePoint.toString(16)} in ${file}`).toBe(true)
      }
      checked++
    }
    expect(checked).toBeGreaterThan(700)
  })
})
