import { z } from 'zod'
import { refusal } from '../words/refusal'
import { words } from '../words/words'

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

/** Who signs, as the word lists name them in a message about their signature. */
export type Signer = 'consent.signature.client' | 'consent.signature.practitioner'

/** Why a signature image cannot be kept, in words for the desk; undefined when its bytes are fine. */
export function signatureImageProblem(bytes: Uint8Array, signer: Signer): string | undefined {
  const who = words(signer)
  if (bytes.length === 0) return words('signature.missing', { who })
  if (bytes.length > MAX_SIGNATURE_BYTES) return words('signature.tooLarge', { who })
  const header = pngHeader(bytes)
  if (!header) return words('signature.notPng', { who })
  const { minWidth, maxWidth, minHeight, maxHeight } = SIGNATURE_PIXELS
  if (header.width < minWidth || header.width > maxWidth || header.height < minHeight || header.height > maxHeight) {
    // Sizes as text, as a signature pad states them: 2400 × 1200, with no thousands separator.
    return words('signature.size', {
      who,
      width: String(header.width),
      height: String(header.height),
      minWidth: String(minWidth),
      minHeight: String(minHeight),
      maxWidth: String(maxWidth),
      maxHeight: String(maxHeight)
    })
  }
  if (header.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) {
    return words('signature.notFromPad', { who })
  }
  return undefined
}

/** A signature as PNG bytes from the pad, checked for what its bytes can show. */
export function signatureImage(signer: Signer) {
  return z
    .instanceof(Uint8Array, refusal('signature.missing', () => ({ who: words(signer) })))
    .superRefine((bytes, context) => {
      const problem = signatureImageProblem(bytes, signer)
      if (problem) context.addIssue({ code: 'custom', message: problem })
    })
}
