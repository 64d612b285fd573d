/** pdfmake's StyleContextStack: the styles in force where a node is laid out. */
interface StyleStack {
  getProperty(property: string): unknown
  /** While a text's words are measured: the answers the stack gave for any word without styles of its own. */
  answersForPlainWords?: Map<string, unknown>
}
export interface StyleStackClass {
  getStyleProperty(item: StyledItem, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown
}
export interface TextInlinesClass {
  prototype: { measure(this: unknown, words: StyledItem[], stack: StyleStack): StyledItem[] }
}
type StyledItem = Record<string, unknown>

const isValue = (value: unknown): boolean => value !== null && value !== undefined

/**
 * pdfmake asks the style stack some twenty properties of every word it measures, each walking
 * every style in force: a tenth of a handout's time. While one text's words are measured the
 * stack does not change, and a word with no style of its own would only add itself to it (whose
 * own value for the property was looked at first): every such word gets the same answers, so
 * the stack is asked once per text and property. A word with styles of its own is asked as
 * pdfmake asks it.
 */
export function askStylesOncePerText(StyleContextStack: StyleStackClass, TextInlines: TextInlinesClass): void {
  const measure = TextInlines.prototype.measure
  TextInlines.prototype.measure = function (words, stack) {
    stack.answersForPlainWords = new Map()
    try {
      return measure.call(this, words, stack)
    } finally {
      stack.answersForPlainWords = undefined
    }
  }
  const getStyleProperty = StyleContextStack.getStyleProperty
  StyleContextStack.getStyleProperty = function (item, stack, property, defaultValue) {
    const answers = stack?.answersForPlainWords
    if (!answers || isValue(item[property]) || item.style !== undefined || item.section !== undefined) {
      return getStyleProperty.call(this, item, stack, property, defaultValue)
    }
    if (!answers.has(property)) answers.set(property, stack.getProperty(property))
    const value = answers.get(property)
    return isValue(value) ? value : defaultValue
  }
}
