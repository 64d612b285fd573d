/**
 * Which bundled font prints which part of a text. pdfmake has no font fallback, so text
 * that mixes scripts (a Latin heading with a Korean name) is split into runs, each with a
 * font that has its glyphs.
 */

export type HandoutFont = 'NotoSans' | 'HanKana' | 'Hangul'

export interface FontRun {
  text: string
  font: HandoutFont
}

const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u
const HANGUL = /\p{Script=Hangul}/u
// Scripts that must be shaped and laid out right to left, which the PDF engine cannot do.
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
// What Noto Sans prints: Latin (every diacritic), Greek, Cyrillic, and common punctuation.
const NOTO_SANS = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u

function fontFor(character: string): HandoutFont | undefined {
  if (HAN_KANA.test(character)) return 'HanKana'
  if (HANGUL.test(character)) return 'Hangul'
  if (NOTO_SANS.test(character)) return 'NotoSans'
  return undefined
}

/** Splits text into runs of one font each; a space stays with the run before it. */
export function fontRuns(text: string): FontRun[] {
  const runs: FontRun[] = []
  for (const character of text) {
    const previous = runs.at(-1)
    const font = character === ' ' && previous ? previous.font : (fontFor(character) ?? 'NotoSans')
    if (previous && previous.font === font) previous.text += character
    else runs.push({ text: character, font })
  }
  return runs
}

/**
 * Why a name cannot be printed, in words for the desk, or undefined when every character
 * has a glyph in the bundled fonts.
 */
export function unprintableNameReason(name: string): string | undefined {
  if (RIGHT_TO_LEFT.test(name)) {
    return (
      `Handouts cannot yet print names written right to left (Arabic or Hebrew script), so "${name}" would come out wrong. ` +
      "Add the name in Latin letters to the client's record (you can keep the original spelling in the notes), then print again."
    )
  }
  const missing = [...name].find((character) => fontFor(character) === undefined)
  if (missing) {
    return `Handouts cannot yet print the character "${missing}" in "${name}". Add the name in Latin letters to the client's record, then print again.`
  }
  return undefined
}
