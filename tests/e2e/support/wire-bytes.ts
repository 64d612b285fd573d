// Playwright's exposed functions carry JSON-like values: a Uint8Array (a handout's bytes, the
// files to combine) would arrive as a plain object. Electron IPC clones typed arrays as they
// are; the loopback wraps them as base64 on one side and unwraps them on the other to do the
// same (a 100 kB PDF as an array of numbers took some 200 ms to cross; as base64, a few).

interface WrappedBytes {
  __base64: string
}

const isWrapped = (value: unknown): value is WrappedBytes =>
  typeof value === 'object' && value !== null && typeof (value as Partial<WrappedBytes>).__base64 === 'string'

// btoa and atob take one character per byte; String.fromCharCode takes so many arguments at most.
const CHUNK = 0x8000

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** Every Uint8Array inside `value`, wrapped for the wire. */
export function wrapBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __base64: toBase64(value) }
  if (Array.isArray(value)) return value.map(wrapBytes)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wrapBytes(inner)]))
  }
  return value
}

/** The values `wrapBytes` wrapped, back as Uint8Arrays. */
export function unwrapBytes(value: unknown): unknown {
  if (isWrapped(value)) return fromBase64(value.__base64)
  if (Array.isArray(value)) return value.map(unwrapBytes)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, unwrapBytes(inner)]))
  }
  return value
}
