import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HandoutLanguage } from '../../src/shared/register/vocabulary'
import { openTempRegister, steppingClock, type TempRegister } from '../support/temp-register'
import { HARBOUR_CLINIC, recordStandardTreatment } from '../support/handout-fixtures'
import { readPdf } from '../support/pdf-read-back'
import { drawnText, lineWith } from '../support/pdf-glyphs'

/**
 * Arabic and Hebrew names on the handout and the 14-day calendar, in every handout language:
 * real PDFs, read back with pdf.js both as text and glyph by glyph, to see that the letters
 * are joined and run right to left, and that the words come in the right order.
 */

let register: TempRegister
beforeEach(async () => {
  register = await openTempRegister({ clock: steppingClock() })
  await register.ok('settings.update', HARBOUR_CLINIC)
})
afterEach(() => register.close())

const LANGUAGES: HandoutLanguage[] = ['en', 'es', 'fr', 'de']

interface Sample {
  givenName: string
  familyName: string
  /** The font the right-to-left part is printed in. */
  font: RegExp
  /**
   * The name's line as drawn, glyph by glyph from left to right (each glyph as its ToUnicode
   * entry reads). The line is left to right (the handouts are in European languages), so a
   * name's Arabic or Hebrew part runs right to left inside it; "لى" is one glyph, the ligature
   * of lam with alef maksura that Arabic requires.
   */
  drawn: string[]
}

const SAMPLES: Record<string, Sample> = {
  Arabic: {
    givenName: 'ليلى',
    familyName: 'حداد',
    font: /^NotoSansArabic-Bold$/,
    drawn: ['د', 'ا', 'د', 'ح', ' ', 'لى', 'ي', 'ل']
  },
  Hebrew: {
    givenName: 'נועה',
    familyName: 'לוי',
    font: /^NotoSansHebrew-Bold$/,
    drawn: ['י', 'ו', 'ל', ' ', 'ה', 'ע', 'ו', 'נ']
  },
  'Arabic and Latin': {
    givenName: 'ليلى',
    familyName: 'Haddad',
    font: /^NotoSansArabic-Bold$/,
    drawn: ['لى', 'ي', 'ل', ' ', 'H', 'a', 'd', 'd', 'a', 'd']
  },
  'Latin and Hebrew': {
    givenName: 'Noa',
    familyName: 'לוי',
    font: /^NotoSansHebrew-Bold$/,
    drawn: ['N', 'o', 'a', ' ', 'י', 'ו', 'ל']
  }
}

/**
 * The name as pdf.js's text extraction gives it. pdf.js puts each right-to-left run back into
 * logical order, but it also turns round the letters a single glyph stands for: the lam–alef
 * maksura ligature maps to "لى" (logical order, as ToUnicode should) and comes back as "ىل".
 * poppler's pdftotext does the same; the glyph check above is the exact one.
 */
const asPdfJsReadsIt = (name: string) => name.replace(/لى/g, 'ىل')

function produce(treatmentId: string, kind: 'handout' | 'calendar') {
  return register.ok('handouts.produce', { treatmentId, kind, paper: 'A4', producedBy: 'Reception' })
}

describe.each(LANGUAGES)('a handout in %s', (language) => {
  it.each(Object.keys(SAMPLES))('prints a name in %s, joined and right to left, on the handout and the calendar', async (label) => {
    const sample = SAMPLES[label] as Sample
    const name = `${sample.givenName} ${sample.familyName}`
    const treatment = await recordStandardTreatment(register, { givenName: sample.givenName, familyName: sample.familyName, language })

    for (const kind of ['handout', 'calendar'] as const) {
      const { bytes, entry } = await produce(treatment.id, kind)
      expect(entry.language).toBe(language)

      // Glyph by glyph: the right-to-left part drawn backwards, in visual order, each letter once.
      const line = lineWith(await drawnText(bytes), sample.font)
      expect(line.map((glyph) => glyph.unicode), kind).toEqual(sample.drawn)

      // Read from right to left, the Arabic or Hebrew glyphs spell the name as it was typed.
      const rightToLeftPart = name.split(' ').filter((word) => /[\u0590-\u06FF]/u.test(word)).join(' ')
      const drawnRightToLeft = line.filter((glyph) => /[\u0590-\u06FF]/u.test(glyph.unicode))
      expect([...drawnRightToLeft].reverse().map((glyph) => glyph.unicode).join(''), kind).toBe(rightToLeftPart.replace(/ /g, ''))

      // pdf.js's reading: the name in logical order, in the handout's text.
      const pdf = await readPdf(bytes)
      expect(pdf.text, kind).toContain(asPdfJsReadsIt(name))
      expect(pdf.fonts.find((font) => sample.font.test(font.name)), kind).toMatchObject({ embedded: true, subset: true })
      expect(pdf.pages, kind).toBeLessThanOrEqual(kind === 'handout' ? 2 : 1)
    }
  })

  it('still fits on two pages with an Arabic name (its font has taller lines), at every depth, on A4 and on Letter', async () => {
    for (const depthMm of [0.25, 1, 1.5, 2.5]) {
      const treatment = await recordStandardTreatment(register, { givenName: 'عبد الله', familyName: 'الحسيني', language }, { depthMm })
      for (const paper of ['A4', 'Letter'] as const) {
        const { bytes } = await register.ok('handouts.produce', { treatmentId: treatment.id, kind: 'handout', paper, producedBy: 'Reception' })
        expect((await readPdf(bytes)).pages, `${depthMm} mm on ${paper}`).toBeLessThanOrEqual(2)
      }
    }
  })
})

describe('Arabic letters on the handout', () => {
  it('take their joined forms: the same letter is a different glyph where it joins', async () => {
    const treatment = await recordStandardTreatment(register, { givenName: 'ليلى', familyName: 'حداد' })
    const line = lineWith(await drawnText((await produce(treatment.id, 'handout')).bytes), /^NotoSansArabic-Bold$/)
    const dal = line.filter((glyph) => glyph.unicode === 'د')
    // حداد: the first dal joins the hah before it (final form), the last follows alef, which
    // does not join forward (isolated form). Unshaped, both would be the same glyph.
    expect(dal).toHaveLength(2)
    expect(dal[0]?.code).not.toBe(dal[1]?.code)
    // ليلى: four letters, three glyphs (initial lam, medial yeh, and lam with alef maksura).
    expect(line.filter((glyph) => /[لىي]/u.test(glyph.unicode)).map((glyph) => glyph.unicode)).toEqual(['لى', 'ي', 'ل'])
  })

  it('add only a few kilobytes to the handout: the Arabic font is embedded as a subset of the glyphs used', async () => {
    const arabic = await recordStandardTreatment(register, { givenName: 'ليلى', familyName: 'حداد' })
    const latin = await recordStandardTreatment(register, { givenName: 'Layla', familyName: 'Haddad' })
    const withArabic = (await produce(arabic.id, 'handout')).bytes.length
    const withLatin = (await produce(latin.id, 'handout')).bytes.length
    expect(withArabic - withLatin).toBeLessThan(12_000)
  })
})
