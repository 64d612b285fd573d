/**
 * Which bundled font prints which part of a text, and in which order. pdfmake has no font
 * fallback, so text that mixes scripts (a Latin heading with a Korean name) is split into
 * runs, each with a font that has its glyphs. Text with Arabic or Hebrew letters is also put
 * in visual order (the Unicode bidirectional algorithm, bidi-js), since pdfmake draws runs and
 * words left to right as they come.
 */
import bidiFactory, { type Bidi } from 'bidi-js'
import { words } from '@shared/words/words'
import { wordsLanguage } from '@shared/words/words-language'

export type HandoutFont = 'NotoSans' | 'HanKana' | 'Hangul' | 'Arabic' | 'Hebrew'

export interface FontRun {
  text: string
  font: HandoutFont
  /**
   * Set on a run that fontkit turns around as it lays it out (an Arabic or Hebrew word): pdfmake
   * must keep it in one piece, since the parts of a broken word would be drawn in the wrong order.
   */
  noWrap?: true
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u
const HANGUL = /\p{Script=Hangul}/u
// Arabic letters, and the punctuation, marks and tatweel written with them (Common or Inherited
// in Unicode, but drawn by the Arabic font and joined with its letters)...
const ARABIC = /[\p{Script=Arabic}\u060C\u061B\u061F\u0640\uFD3E\uFD3F]|[\u064B-\u0655]|\u0670/u
// ...except those added to Unicode after the bundled Noto Sans Arabic was made, which it lacks.
const NOT_IN_ARABIC_FONT =
  /[\u061D\u0870-\u089F\u08B5\u08BF-\u08D2\uFBC2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFE\uFDFF]|[^\0-\uFFFF]/u
// Hebrew letters and points (U+05EF, a later addition, is not in the bundled Noto Sans Hebrew).
const HEBREW = /[\u0591-\u05C7\u05D0-\u05EA\u05F0-\u05F4\uFB1D-\uFB4F]/u
// What Noto Sans prints: Latin (every diacritic), Greek, Cyrillic, and common punctuation.
const NOTO_SANS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u

/**
 * The scripts fontkit lays out right to left (its list): given a word in one of them, it shapes
 * the word in logical order and then reverses the glyphs, so they come out in visual order.
 * Text with a letter in one of them is put through the bidirectional algorithm; no name with
 * one could be printed before, so every earlier handout's runs are as they were.
 */
const RIGHT_TO_LEFT_SCRIPT = new RegExp(
  '[' +
    [
      'Arabic', 'Hebrew', 'Syriac', 'Thaana', 'Cypriot', 'Kharoshthi', 'Phoenician', 'Nko', 'Lydian', 'Avestan',
      'Imperial_Aramaic', 'Inscriptional_Pahlavi', 'Inscriptional_Parthian', 'Old_South_Arabian', 'Old_Turkic',
      'Samaritan', 'Mandaic', 'Meroitic_Cursive', 'Meroitic_Hieroglyphs', 'Manichaean', 'Mende_Kikakui',
      'Nabataean', 'Old_North_Arabian', 'Palmyrene', 'Psalter_Pahlavi'
    ]
      .map((script) => `\\p{Script=${script}}`)
      .join('') +
    ']',
  'u'
)
/** What fontkit passes over when it finds a word's script from its first letter. */
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u
const INHERITED = /\p{Script=Inherited}/u
const WHITESPACE = /\s/u

/**
 * Scripts with no bundled font: their ISO 15924 code, and their English name as the desk would
 * know them (with the languages written in them); other languages name them through Intl.
 */
const SCRIPTS_WITHOUT_FONT: [RegExp, string, string][] = [
  [/\p{Script=Thai}/u, 'Thai', 'Thai'],
  [/\p{Script=Lao}/u, 'Laoo', 'Lao'],
  [/\p{Script=Khmer}/u, 'Khmr', 'Khmer'],
  [/\p{Script=Myanmar}/u, 'Mymr', 'Burmese (Myanmar)'],
  [/\p{Script=Devanagari}/u, 'Deva', 'Devanagari (Hindi, Marathi, Nepali)'],
  [/\p{Script=Bengali}/u, 'Beng', 'Bengali'],
  [/\p{Script=Gurmukhi}/u, 'Guru', 'Gurmukhi (Punjabi)'],
  [/\p{Script=Gujarati}/u, 'Gujr', 'Gujarati'],
  [/\p{Script=Oriya}/u, 'Orya', 'Odia'],
  [/\p{Script=Tamil}/u, 'Taml', 'Tamil'],
  [/\p{Script=Telugu}/u, 'Telu', 'Telugu'],
  [/\p{Script=Kannada}/u, 'Knda', 'Kannada'],
  [/\p{Script=Malayalam}/u, 'Mlym', 'Malayalam'],
  [/\p{Script=Sinhala}/u, 'Sinh', 'Sinhala'],
  [/\p{Script=Tibetan}/u, 'Tibt', 'Tibetan'],
  [/\p{Script=Ethiopic}/u, 'Ethi', 'Ethiopic (Amharic, Tigrinya)'],
  [/\p{Script=Armenian}/u, 'Armn', 'Armenian'],
  [/\p{Script=Georgian}/u, 'Geor', 'Georgian'],
  [/\p{Script=Syriac}/u, 'Syrc', 'Syriac'],
  [/\p{Script=Thaana}/u, 'Thaa', 'Thaana (Dhivehi)'],
  [/\p{Script=Nko}/u, 'Nkoo', "N'Ko"],
  [/\p{Script=Mongolian}/u, 'Mong', 'Mongolian'],
  [/\p{Script=Tifinagh}/u, 'Tfng', 'Tifinagh (Berber)'],
  [/\p{Script=Cherokee}/u, 'Cher', 'Cherokee'],
  [/\p{Script=Canadian_Aboriginal}/u, 'Cans', 'Canadian syllabics']
]

/** The font for a character in text with no right-to-left letters, as it has always been. */
function leftToRightFontFor(character: string): HandoutFont | undefined {
  if (HAN_KANA.test(character)) return 'HanKana'
  if (HANGUL.test(character)) return 'Hangul'
  if (NOTO_SANS.test(character)) return 'NotoSans'
  return undefined
}

function fontFor(character: string): HandoutFont | undefined {
  if (ARABIC.test(character)) return NOT_IN_ARABIC_FONT.test(character) ? undefined : 'Arabic'
  if (HEBREW.test(character)) return 'Hebrew'
  return leftToRightFontFor(character)
}

/**
 * Splits text into runs of one font each, in the order pdfmake draws them (left to right).
 * Text with no letters of a right-to-left script gives the runs it always has, so handouts
 * printed before stay byte for byte the same.
 */
export function fontRuns(text: string): FontRun[] {
  return RIGHT_TO_LEFT_SCRIPT.test(text) ? bidiRuns(text) : leftToRightRuns(text)
}

/** Runs in the order of the text; a space stays with the run before it. */
function leftToRightRuns(text: string): FontRun[] {
  const runs: FontRun[] = []
  for (const character of text) {
    const previous = runs.at(-1)
    const font = character === ' ' && previous ? previous.font : (leftToRightFontFor(character) ?? 'NotoSans')
    if (previous && previous.font === font) previous.text += character
    else runs.push({ text: character, font })
  }
  return runs
}

let bidiAlgorithm: Bidi | undefined

/** A stretch of characters drawn together: one font, one direction, whitespace or not, in sequence in the text. */
interface Piece {
  /** The characters in logical order, right-to-left ones already mirrored. */
  characters: string[]
  font: HandoutFont
  rightToLeft: boolean
  whitespace: boolean
  /** The code unit indexes it spans in the text, to tell whether the next character continues it. */
  first: number
  last: number
}

/**
 * The Unicode bidirectional algorithm with a left-to-right paragraph (the handouts are in
 * English, Spanish, French and German): embedding levels, runs split by level and font, the
 * runs put in visual order (rule L2, bidi-js's reorder segments), and mirrored characters
 * (brackets) swapped where they are right to left (rule L4).
 *
 * Each run is then given to pdfmake so that what is drawn comes out right. pdfmake draws the
 * runs, and the words of a run, left to right; pdfkit lays out each word with fontkit, which
 * finds the word's script from its first letter and, for Arabic or Hebrew, shapes the word in
 * logical order (Arabic letters joined through the font's init/medi/fina/rlig substitutions)
 * and then reverses its glyphs into visual order itself. So a right-to-left word is given in
 * logical order (reversing it here too would reverse it twice and break its joins); a
 * right-to-left run fontkit would not reverse (brackets, punctuation) is reversed here; and
 * every such word is a run of its own with the spaces around it as runs of their own, since a
 * space laid out with a word would be turned to the word's wrong side.
 */
function bidiRuns(text: string): FontRun[] {
  bidiAlgorithm ??= bidiFactory()
  const bidi = bidiAlgorithm
  const embedding = bidi.getEmbeddingLevels(text, 'ltr')
  const { levels } = embedding
  const mirrored = bidi.getMirroredCharactersMap(text, levels)

  // Each character's font, in logical order: marks and spaces stay with the character before.
  const fonts = new Map<number, HandoutFont>()
  let previousFont: HandoutFont | undefined
  for (let index = 0; index < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0)
    const font =
      previousFont && (WHITESPACE.test(character) || INHERITED.test(character))
        ? previousFont
        : (fontFor(character) ?? 'NotoSans')
    fonts.set(index, font)
    previousFont = font
    index += character.length
  }

  // Visual order of the code units: each segment reversed in turn (L2).
  const visual = Array.from({ length: text.length }, (_, index) => index)
  for (const [start = 0, end = 0] of bidi.getReorderSegments(text, embedding)) {
    visual.splice(start, end - start + 1, ...visual.slice(start, end + 1).reverse())
  }

  const pieces: Piece[] = []
  for (const index of visual) {
    const font = fonts.get(index)
    if (font === undefined) continue // the second half of a surrogate pair
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0)
    const rightToLeft = (levels[index] ?? 0) % 2 === 1
    const whitespace = WHITESPACE.test(character)
    const end = index + character.length - 1
    const piece = pieces.at(-1)
    const continues =
      piece &&
      piece.font === font &&
      piece.rightToLeft === rightToLeft &&
      piece.whitespace === whitespace &&
      (rightToLeft ? end + 1 === piece.first : index === piece.last + 1)
    const drawn = mirrored.get(index) ?? character
    if (piece && continues) {
      if (rightToLeft) {
        piece.characters.unshift(drawn)
        piece.first = index
      } else {
        piece.characters.push(drawn)
        piece.last = end
      }
    } else {
      pieces.push({ characters: [drawn], font, rightToLeft, whitespace, first: index, last: end })
    }
  }

  const runs: FontRun[] = []
  for (const piece of pieces) {
    const logical = piece.characters.join('')
    const fontkitReverses = laidOutRightToLeft(logical)
    const given = piece.rightToLeft === fontkitReverses ? logical : reversedGraphemes(logical)
    const previous = runs.at(-1)
    if (fontkitReverses) {
      runs.push({ text: given, font: piece.font, noWrap: true })
    } else if (previous && !previous.noWrap && (previous.font === piece.font || piece.whitespace)) {
      previous.text += given
    } else {
      runs.push({ text: given, font: piece.font })
    }
  }
  return runs
}

/** Whether fontkit lays this text out right to left: its first letter's script is written so. */
function laidOutRightToLeft(text: string): boolean {
  for (const character of text) {
    if (!NO_SCRIPT.test(character)) return RIGHT_TO_LEFT_SCRIPT.test(character)
  }
  return false
}

/** The text backwards, each letter kept with its marks. */
function reversedGraphemes(text: string): string {
  const graphemes = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)]
  return graphemes
    .map(({ segment }) => segment)
    .reverse()
    .join('')
}

/**
 * Why a name cannot be printed, in words for the desk, or undefined when every character
 * has a glyph in the bundled fonts.
 */
export function unprintableNameReason(name: string): string | undefined {
  const missing = [...name].find((character) => fontFor(character) === undefined)
  if (missing === undefined) return undefined
  const script = SCRIPTS_WITHOUT_FONT.find(([letters]) => letters.test(missing))
  if (script) {
    const [, code, englishName] = script
    return words('handout.name.scriptWithoutFont', { script: scriptName(code, englishName), name })
  }
  return words('handout.name.characterWithoutFont', { character: missing, name })
}

/** A script's name in the desk's language. */
function scriptName(code: string, english: string): string {
  const language = wordsLanguage()
  if (language === 'en') return english
  return new Intl.DisplayNames(language, { type: 'script' }).of(code) ?? english
}
