import { words, type WordId, type WordValues } from './words'

/**
 * A schema's refusal in the desk's language: zod asks for the message when it refuses a
 * value, so the same schema says it in whichever language the desk is in at that moment.
 * Use as a check's params: `.min(1, refusal('clinic.name.missing'))`. Values that are words
 * themselves (a language's name) are given as a function, so they are said then too.
 */
export const refusal = (id: WordId, values?: WordValues | (() => WordValues)): { error: () => string } => ({
  error: () => words(id, typeof values === 'function' ? values() : values)
})
