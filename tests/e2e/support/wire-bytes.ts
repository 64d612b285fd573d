// Playwright's exposed functions carry JSON-like values: a Uint8Array (a handout's bytes, the
// files to combine) would arrive as a plain object. Electron IPC clones typed arrays as they
// are; the loopback wraps them on one side and unwraps them on the other to do the same.

interface WrappedBytes {
  __bytes: number[]
}

const isWrapped = (value: unknown): value is WrappedBytes =>
  typeof value === 'object' && value !== null && Array.isArray((value as Partial<WrappedBytes>).__bytes)

/** Every Uint8Array inside `value`, wrapped for the wire. */
export function wrapBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Array.from(value) }
  if (Array.isArray(value)) return value.map(wrapBytes)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wrapBytes(inner)]))
  }
  return value
}

/** The values `wrapBytes` wrapped, back as Uint8Arrays. */
export function unwrapBytes(value: unknown): unknown {
  if (isWrapped(value)) return Uint8Array.from(value.__bytes)
  if (Array.isArray(value)) return value.map(unwrapBytes)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unwrapBytes(inner)]))
  }
  return value
}
