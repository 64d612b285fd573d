/**
 * How each kind of file is drawn, by version. The log records the version that drew each file:
 * a reprint in the same version is the identical file, and a reprint after a change is the same
 * content in the current layout. Change anything that moves a byte of the output (a margin, a
 * font size, pdfmake's version, the compression) and the version must go up.
 */

export interface HandoutLayoutStyle {
  version: number
  /** Left, top, right, bottom, in points. */
  pageMargins: [number, number, number, number]
  /**
   * A handout longer than `pages` (many zones, a long address, a whole course of sessions) is
   * drawn again with its text a step smaller, at each of `textScales` in turn, until it fits.
   */
  fit: { pages: number; textScales: number[] } | null
  /**
   * Drawn the lean way (lighter-drawing/lean-documents.ts): text measured once, the words of a
   * line drawn as runs, the text font's glyphs numbered from a fixed set of letters, and the
   * pages deflated at zlib's fastest level.
   */
  lean: boolean
}

export interface Layouts {
  handout: HandoutLayoutStyle
  calendar: { version: number }
  ics: { version: number }
  /** A signed consent (consent-layout.ts). */
  consent: { version: number }
}

/**
 * How files were drawn before log entries kept their content. Only used to check, once, that
 * the content rebuilt for such an entry gives the very file the patient was given.
 */
export const FIRST_LAYOUTS: Layouts = {
  handout: { version: 1, pageMargins: [36, 28, 36, 34], fit: null, lean: false },
  calendar: { version: 1 },
  ics: { version: 1 },
  consent: { version: 1 }
}

/**
 * Version 2 of the handout drew one of more than two pages again in smaller text. (Its dates
 * came in time order with it, but that is the content's: handout-content.ts.) Version 3 draws the
 * same pages the lean way: every word where it was, with its text measured once per process and
 * the words of a line in one style drawn as one run, and the glyphs of its text font numbered
 * from the letters of names and dates first, so that one font file serves every patient's
 * handout (lighter-drawing/kept-subsets.ts), its pages deflated at zlib's fastest level: in under
 * half the time, for a file a few KB larger.
 */
export const CURRENT_LAYOUTS: Layouts = {
  ...FIRST_LAYOUTS,
  handout: { version: 3, pageMargins: [36, 28, 36, 34], fit: { pages: 2, textScales: [1, 0.95, 0.9, 0.85, 0.8] }, lean: true }
}
