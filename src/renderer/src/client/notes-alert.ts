/**
 * Whether a client's notes mention something a practitioner must see before treating:
 * an allergy or a contraindication. `words` are word beginnings from the messages, so
 * each language lists its own.
 */
export function notesNeedAttention(notes: string, words: string): boolean {
  const text = notes.toLocaleLowerCase()
  return words
    .split(',')
    .map((word) => word.trim().toLocaleLowerCase())
    .some((word) => word !== '' && text.includes(word))
}
