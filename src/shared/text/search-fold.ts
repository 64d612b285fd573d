/**
 * Folding used on both sides of a register search, so that what a receptionist types
 * matches what was registered whatever the case, accents or formatting.
 */

// Letters that Unicode does not decompose into "base letter + accent" but that people
// type without the stroke or ligature all the same.
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ς: 'σ'
}
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'gu')

/** Lower case, without accents or other combining marks, in every script. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
}

/** The folded words of a text: letters and digits, split at spaces and punctuation. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}

/** A phone number as digits alone, so "+44 (0)7700-900 123" and "447700900123" compare. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '')
}

// Scripts written without spaces between the parts of a name.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u

/** Whether a word is in a script where any part of it may be what is typed. */
export function isUnspacedScript(word: string): boolean {
  return UNSPACED_SCRIPT.test(word)
}
