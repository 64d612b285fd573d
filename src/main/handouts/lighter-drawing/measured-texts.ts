import { isLean } from './lean-documents'
import { copierFor, type CopyWord } from './word-copies'

/** pdfmake's TextInlines: measures a text's words, each in its style. */
export interface TextInlinesClass {
  prototype: {
    pdfDocument: MeasuringDocument
    buildInlines(this: { pdfDocument: MeasuringDocument }, text: unknown, stack: MeasuringStack): MeasuredText
  }
}
interface MeasuringDocument {
  provideFont(family: string, bold: boolean, italics: boolean): object
  /** The fonts provided so far, by family and type (normal, bold, italics, bolditalics). */
  fontCache: Record<string, Record<string, object>>
}
/** pdfmake's StyleContextStack: the styles in force, innermost last, each a style's name or an object of style properties (a content node). */
interface MeasuringStack {
  styleDictionary: object
  defaultStyle: object
  styleOverrides: (string | Record<string, unknown>)[]
}
interface MeasuredText {
  items: MeasuredWord[]
  minWidth: number
  maxWidth: number
}
type MeasuredWord = Record<string, unknown> & { font: object }
/** A measured text kept for later documents: its words with the font each was measured in, named rather than the document's own. */
interface KeptText {
  items: (Record<string, unknown> & { font: FontName })[]
  /** What copies each word for a document. */
  copiers: CopyWord[]
  minWidth: number
  maxWidth: number
}
type FontName = [family: string, bold: boolean, italics: boolean]

/** Every property pdfmake's measuring reads from the styles in force (TextInlines.measure, TextBreaker, buildInlines). */
const MEASURED_PROPERTIES = [
  'font', 'bold', 'italics', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration',
  'decorationColor', 'decorationStyle', 'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination',
  'noWrap', 'opacity', 'sup', 'sub', 'lineHeight', 'leadingIndent', 'preserveLeadingSpaces', 'preserveTrailingSpaces'
]
/** Text whose words are only known as the document is drawn (page numbers, references, pdfmake's own marks). */
const NOT_KEPT = /"(pageReference|textReference|_[^"]*)":/
const FONT_TYPES: Record<string, [bold: boolean, italics: boolean]> = {
  normal: [false, false],
  bold: [true, false],
  italics: [false, true],
  bolditalics: [true, true]
}
// A desk prints the same protocol's texts all day; a long-running one starts afresh beyond this many.
const MOST_KEPT = 5_000

const keptTexts = new Map<string, KeptText>()
const fontNames = new Map<string, FontName>()
const dictionaryIds = new WeakMap<object, number>()
const measuredPropertiesOfNode = new WeakMap<object, string>()
const idsByDictionary = new Map<string, number>()

/**
 * After its fonts were shared, a handout's largest cost was pdfmake measuring its text: the
 * same protocol sentences, word by word, in every document. What measuring a text gives depends
 * only on the text, the styles in force and the style dictionary its words may name, so in a
 * lean document a text measured once is taken again as it was, with the document's own fonts:
 * the same words, widths and breaks, and the same fonts asked for in the same order.
 */
export function keepMeasuredTexts(TextInlines: TextInlinesClass): void {
  const buildInlines = TextInlines.prototype.buildInlines
  TextInlines.prototype.buildInlines = function (text, stack) {
    if (!isLean(this.pdfDocument)) return buildInlines.call(this, text, stack)
    const key = measuringKey(text, stack)
    const kept = key === undefined ? undefined : keptTexts.get(key)
    if (kept) return inDocument(kept, this.pdfDocument)
    const measured = buildInlines.call(this, text, stack)
    if (key === undefined) return measured
    if (keptTexts.size >= MOST_KEPT) keptTexts.clear()
    const measuredNow = toKeep(measured, this.pdfDocument)
    keptTexts.set(key, measuredNow)
    // Its words made as a kept text's are: pdfmake's layout then meets words of one shape only.
    return inDocument(measuredNow, this.pdfDocument)
  }
}

/**
 * The text, and what measuring it may read from the styles in force: the style dictionary, the
 * default style, and the stack of styles (a style's name, or the measured properties a content
 * node sets). pdfmake's answer for each property is a function of these alone; asking it for
 * each of them instead walked the stack two dozen times for every text.
 */
function measuringKey(text: unknown, stack: MeasuringStack): string | undefined {
  const json = JSON.stringify(text)
  if (NOT_KEPT.test(json)) return undefined
  const styles = stack.styleOverrides.map((style) => (typeof style === 'string' ? JSON.stringify(style) : measuredPropertiesJson(style)))
  // A JSON array ends where it ends, so the text that follows it cannot be confused with it.
  return `[${dictionaryId(stack.styleDictionary)},${dictionaryId(stack.defaultStyle)},[${styles.join(',')}]]${json}`
}

/** The measured properties a node sets, as JSON: worked out once for each node, which is in force for every text within it. */
function measuredPropertiesJson(node: Record<string, unknown>): string {
  let json = measuredPropertiesOfNode.get(node)
  if (json === undefined) measuredPropertiesOfNode.set(node, (json = JSON.stringify(measuredPropertiesOf(node))))
  return json
}

/** The measured properties a node sets (pdfmake passes over one that is null or undefined). */
function measuredPropertiesOf(node: Record<string, unknown>): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const property of MEASURED_PROPERTIES) {
    const value = node[property]
    if (value !== undefined && value !== null) set[property] = value
  }
  return set
}

/** A number for each distinct style dictionary (a handout's, at each text size) or default style, so that keys need not spell it out. */
function dictionaryId(dictionary: object): number {
  let id = dictionaryIds.get(dictionary)
  if (id === undefined) {
    const json = JSON.stringify(dictionary)
    id = idsByDictionary.get(json) ?? idsByDictionary.size
    idsByDictionary.set(json, id)
    dictionaryIds.set(dictionary, id)
  }
  return id
}

function toKeep(measured: MeasuredText, pdfDocument: MeasuringDocument): KeptText {
  const items = measured.items.map((item) => ({ ...item, font: fontName(item.font, pdfDocument) }))
  return { items, copiers: items.map(copierFor), minWidth: measured.minWidth, maxWidth: measured.maxWidth }
}

/** The kept words with the document's own fonts, each asked for once per run of words in it (asking again gives the same font). */
function inDocument(kept: KeptText, pdfDocument: MeasuringDocument): MeasuredText {
  let name: FontName | undefined
  let font: object | undefined
  const items = kept.items.map((item, index) => {
    if (item.font !== name) {
      name = item.font
      font = pdfDocument.provideFont(...name)
    }
    return (kept.copiers[index] as CopyWord)(item, font as object)
  })
  return { items, minWidth: kept.minWidth, maxWidth: kept.maxWidth }
}

/** The family and style of a document's font, the same array for the same font (inDocument compares them so). */
function fontName(font: object, pdfDocument: MeasuringDocument): FontName {
  for (const [family, types] of Object.entries(pdfDocument.fontCache)) {
    for (const [type, provided] of Object.entries(types)) {
      const style = FONT_TYPES[type]
      if (provided !== font || !style) continue
      const key = `${family} ${type}`
      let name = fontNames.get(key)
      if (!name) fontNames.set(key, (name = [family, ...style]))
      return name
    }
  }
  throw new Error('A measured word has a font its document did not provide.')
}
