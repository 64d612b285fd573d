import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_PROTOCOL } from '../../../src/shared/aftercare/default-protocol'
import { planAftercare } from '../../../src/shared/aftercare/plan'
import { UNNAMED_CLINIC } from '../../../src/shared/clinic/clinic-settings'
import type { HandoutLanguage } from '../../../src/shared/register/vocabulary'
import { PdfRenderer } from '../../../src/main/handouts/pdf-renderer'
import { handoutContent } from '../../../src/main/handouts/printed/handout-content'
import { CURRENT_LAYOUTS, type Layouts } from '../../../src/main/handouts/printed/layout-versions'
import { renderPrinted } from '../../../src/main/handouts/printed/render-printed'
import { drawnText } from '../../support/pdf-glyphs'
import { readPdf } from '../../support/pdf-read-back'
import { aClient, aTreatment } from '../aftercare/fixtures'

const renderer = await PdfRenderer.create(resolve('resources/fonts'))
const dir = mkdtempSync(join(tmpdir(), 'joined-runs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const WORD_BY_WORD: Layouts = { ...CURRENT_LAYOUTS, handout: { ...CURRENT_LAYOUTS.handout, lean: false } }

/** A handout with a long address and three zones, for a name partly in Arabic script unless another is given, in `language`. */
function handout(language: HandoutLanguage, name = { givenName: 'ليلى', familyName: 'Haddad-Moreau' }) {
  const client = { ...aClient(language), ...name }
  const treatment = aTreatment({
    zones: [
      { zone: 'cheeks', depthMm: 1.5 },
      { zone: 'forehead', depthMm: 0.5 },
      { zone: 'neck', depthMm: 0.75 }
    ],
    sessionNumber: 2,
    practitioner: 'Dr Amara Okafor',
    device: 'Microneedling pen'
  })
  const clinic = { ...UNNAMED_CLINIC, name: 'Harbour Skin Clinic', address: '12 Quay Street\nBristol\nBS1 4DJ', phone: '0117 496 0123' }
  const plan = planAftercare(treatment, client, DEFAULT_PROTOCOL)
  return handoutContent({ plan, treatment, client, clinic, paper: 'A4', producedAt: '2026-11-30T15:00:00.000Z', datesInOrder: 'time' })
}

/** Every word poppler reads from the file, with its box in points, page by page. */
function wordBoxes(bytes: Uint8Array, name: string): string[] {
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, bytes)
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    ([, xMin, yMin, xMax, yMax, word]) => [word, ...[xMin, yMin, xMax, yMax].map((value) => Number(value).toFixed(1))].join(' ')
  )
}

/** Each font file the PDF embeds, by the font's name (its subset tag left off). */
async function embeddedFontFiles(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } = await import('pdf-lib')
  const document = await PDFDocument.load(bytes)
  const files = new Map<string, Buffer>()
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue
    const name = String(object.get(PDFName.of('FontName'))).replace(/^\/[A-Z]{6}\+/, '')
    const file = object.lookup(PDFName.of('FontFile2'))
    if (file instanceof PDFRawStream) files.set(name, Buffer.from(decodePDFRawStream(file).decode()))
  }
  return files
}

async function textOperations(bytes: Uint8Array): Promise<number> {
  return (await drawnText(bytes, 1)).length + (await drawnText(bytes, 2)).length
}

describe('a handout drawn the lean way (handout layout 3)', () => {
  // First in this file, so that each language's first drawing measures its texts afresh.
  it('is the very same file whether its texts were measured before or not', async () => {
    const names = [
      { givenName: 'Zoë', familyName: 'Nguyễn-Łukasiewicz' },
      { givenName: '秀英', familyName: '王' },
      { givenName: 'נועה', familyName: 'Cohen' },
      { givenName: 'Ελένη', familyName: 'Иванова' }
    ]
    const contents = (['fr', 'de', 'es', 'en'] as const).map((language, index) => handout(language, names[index]))
    const afresh = []
    for (const content of contents) afresh.push(await renderPrinted(renderer, { content, layouts: CURRENT_LAYOUTS }))
    for (const [index, content] of contents.entries()) {
      const measuredBefore = await renderPrinted(renderer, { content, layouts: CURRENT_LAYOUTS })
      expect(Buffer.from(measuredBefore).equals(Buffer.from(afresh[index] as Uint8Array)), content.language).toBe(true)
    }
  })

  it('measures the same words again when a text in force gives them another style', async () => {
    const sameWords = 'The same words in four styles'
    // A document of its own for each drawing: the lean mark goes with the content.
    const document = () => ({
      content: [{ text: sameWords, fontSize: 20 }, { text: sameWords, bold: true }, { stack: [{ text: sameWords }], italics: true }, { text: sameWords }]
    })
    const drawnAt = new Date('2026-11-30T15:00:00.000Z')
    const lean = wordBoxes(await renderer.render(document(), drawnAt, { lean: true }), 'styles-lean')
    expect(lean).toEqual(wordBoxes(await renderer.render(document(), drawnAt), 'styles-word-by-word'))
    // The word is as wide in none of the styles as in another: each was measured for itself.
    const widths = lean.filter((box) => box.startsWith('same ')).map((box) => {
      const [, xMin, , xMax] = box.split(' ').map(Number)
      return ((xMax as number) - (xMin as number)).toFixed(1)
    })
    expect(new Set(widths).size).toBe(4)
  })

  it('embeds the same font files for every patient, whatever letters their names bring first', async () => {
    const fontFilesFor = async (language: HandoutLanguage, givenName: string, familyName: string) =>
      embeddedFontFiles(await renderPrinted(renderer, { content: handout(language, { givenName, familyName }), layouts: CURRENT_LAYOUTS }))
    const quentin = await fontFilesFor('de', 'Quentin', 'Wax')
    const zoe = await fontFilesFor('de', 'Zoë', 'Öztürk-Jiménez')
    expect([...quentin.keys()].sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular'])
    for (const [font, file] of quentin) expect(file.equals(zoe.get(font) as Buffer), font).toBe(true)
    // A handout in English draws other glyphs: it is given a font file of its own, not one kept for German.
    const english = await fontFilesFor('en', 'Quentin', 'Wax')
    expect(english.get('NotoSans-Regular')?.equals(quentin.get('NotoSans-Regular') as Buffer)).toBe(false)
  })

  it('draws a line as word by word when a name before it made one of its glyphs for other characters', async () => {
    // The name's ligature characters make the glyphs of "fi" and "fl" for themselves: a line
    // whose "fi" and "fl" were shaped elsewhere, for the letters, cannot take that shaping.
    const document = () => ({ content: [{ text: 'Delﬁne Aﬄeck' }, { text: 'Delfine Affleck files the office flowers at five' }] })
    const drawnAt = new Date('2026-11-30T15:00:00.000Z')
    const wordByWord = await renderer.render(document(), drawnAt)
    // Twice: the second time, the line is one shaped before.
    for (const lean of [await renderer.render(document(), drawnAt, { lean: true }), await renderer.render(document(), drawnAt, { lean: true })]) {
      expect(wordBoxes(lean, 'ligatures')).toEqual(wordBoxes(wordByWord, 'ligatures-word-by-word'))
      expect((await readPdf(lean)).text).toContain('Delfine Affleck files the office flowers at five')
    }
  })

  for (const language of ['en', 'de'] as const) {
    it(`puts every word where drawing word by word put it, with a fraction of the text operations (${language})`, async () => {
      const content = handout(language)
      const wordByWord = await renderPrinted(renderer, { content, layouts: WORD_BY_WORD })
      const joined = await renderPrinted(renderer, { content, layouts: CURRENT_LAYOUTS })

      const boxes = wordBoxes(joined, `${language}-joined`)
      expect(boxes.length).toBeGreaterThan(500)
      expect(boxes).toEqual(wordBoxes(wordByWord, `${language}-word-by-word`))
      // The given name in Arabic letters, as drawn (poppler reads a right-to-left word in drawing order).
      expect(boxes.join(' ')).toMatch(/[\u0621-\u064A]{4} [\d.]+ [\d.]+ [\d.]+ [\d.]+ Haddad-Moreau/)

      const [joinedOperations, wordOperations] = [await textOperations(joined), await textOperations(wordByWord)]
      expect(joinedOperations).toBeLessThan(wordOperations / 3)
    })
  }
})
