/** The longest id a question gets from its text; the schema allows up to 60 characters. */
const MAX_FROM_TEXT = 40

/**
 * A question's id made from its text, as the editor proposes it: lower_snake_case, accents
 * dropped, the first few words ("Do you have a cold sore?" → do_you_have_a_cold_sore), starting
 * with a letter, and not one of `taken` (a number is added: cold_sore_2). Empty text gives "question".
 */
export function questionIdFrom(text: string, taken: Iterable<string> = []): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  let base = ''
  for (const word of words) {
    const next = base ? `${base}_${word}` : word
    if (next.length > MAX_FROM_TEXT) break
    base = next
  }
  if (!base) base = words[0]?.slice(0, MAX_FROM_TEXT) ?? ''
  if (!/^[a-z]/.test(base)) base = base ? `q_${base}` : 'question'
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`
    if (!used.has(candidate)) return candidate
  }
}
