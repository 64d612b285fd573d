import { z } from 'zod'

/**
 * A signature drawn on screen travels to main as the PNG the signature pad made of it. Here,
 * what can be told from its bytes alone: a PNG of a sensible size, 8-bit RGBA as a canvas
 * saves it. Whether anything was drawn on it is main's check (signature-ink.ts), which has
 * zlib to unpack the pixels.
 */

export const MAX_SIGNATURE_BYTES = 512 * 1024
export const SIGNATURE_PIXELS = { minWidth: 100, maxWidth: 2400, minHeight: 40, maxHeight: 1200 } as const

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export interface PngHeader {
  width: number
  height: number
  bitDepth: number
  colorType: number
  interlace: number
}

/** The PNG's header (its IHDR chunk, which must come first), or undefined when the bytes are no PNG. */
export function pngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 33 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const type = String.fromCharCode(...bytes.subarray(12, 16))
  if (view.getUint32(8) !== 13 || type !== 'IHDR') return undefined
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: view.getUint8(24),
    colorType: view.getUint8(25),
    interlace: view.getUint8(28)
  }
}

/** Why a signature image cannot be kept, in words for the desk; undefined when its bytes are fine. */
export function signatureImageProblem(bytes: Uint8Array, who: string): string | undefined {
  if (bytes.length === 0) return `${who} has not signed yet: nothing was saved.`
  if (bytes.length > MAX_SIGNATURE_BYTES) return `${who}’s signature is too large an image (over 512 KB): clear it and sign again.`
  const header = pngHeader(bytes)
  if (!header) return `${who}’s signature did not arrive as a PNG image: clear it and sign again.`
  const { minWidth, maxWidth, minHeight, maxHeight } = SIGNATURE_PIXELS
  if (header.width < minWidth || header.width > maxWidth || header.height < minHeight || header.height > maxHeight) {
    return `${who}’s signature image is ${header.width} × ${header.height} pixels: a signature pad is between ${minWidth} × ${minHeight} and ${maxWidth} × ${maxHeight}.`
  }
  if (header.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) {
    return `${who}’s signature is not an image the signature pad makes (8-bit colour with transparency): clear it and sign again.`
  }
  return undefined
}

/** A signature as PNG bytes from the pad, checked for what its bytes can show. */
export function signatureImage(who: string) {
  return z
    .instanceof(Uint8Array, { error: `${who} has not signed yet: nothing was saved.` })
    .superRefine((bytes, context) => {
      const problem = signatureImageProblem(bytes, who)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })
}
