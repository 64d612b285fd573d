import type { CallError } from '@shared/contract/errors'

// A NUL, or half of a UTF-16 surrogate pair: neither is text a person typed. PostgreSQL
// refuses a NUL in text, and both engines would store half a pair as another character, so
// either would be saved differently from what was sent, or not at all.
// eslint-disable-next-line no-control-regex -- finding the NUL is the point
const UNSTORABLE = /\u0000|\p{Cs}/u
const DEEPEST = 32

/**
 * Finds a text anywhere in a call's input that cannot be stored as it is, and says where:
 * one rule for every call and both engines, checked before the input's own schema.
 */
export function unstorableText(input: unknown): CallError | undefined {
  const path = findUnstorable(input, [], new Set())
  if (!path) return undefined
  const message =
    'Some text holds an invisible character that cannot be saved (often from a copy and paste). Type it again, then save. Nothing was changed.'
  return { code: 'invalid_input', message, fields: { [path.join('.') || 'input']: message } }
}

function findUnstorable(value: unknown, path: string[], seen: Set<object>): string[] | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || seen.has(value) || path.length > DEEPEST) return undefined
  seen.add(value)
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorable(item, [...path, key], seen)
    if (found) return found
  }
  return undefined
}
