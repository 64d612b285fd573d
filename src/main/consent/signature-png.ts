import { crc32, deflateSync, inflateSync } from 'node:zlib'
import { z } from 'zod'
import { pngHeader, type Signer } from '@shared/consent/signature-image'
import { words } from '@shared/words/words'

/** Fewer drawn pixels than this is a tap or a slip on the pad, not a signature. */
export const MIN_SIGNATURE_PIXELS = 60

interface Pixels {
  width: number
  height: number
  /** RGBA, row after row. */
  rgba: Uint8Array
}

/**
 * The pixels of a signature pad's PNG (8-bit RGBA, not interlaced: signatureImageProblem has
 * checked): its image data unpacked and its rows unfiltered as the PNG specification says.
 * Undefined for a PNG that cannot be read.
 */
function decodePixels(bytes: Uint8Array): Pixels | undefined {
  const header = pngHeader(bytes)
  if (!header || header.bitDepth !== 8 || header.colorType !== 6 || header.interlace !== 0) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const data: Uint8Array[] = []
  for (let offset = 8; offset + 12 <= bytes.length; ) {
    const length = view.getUint32(offset)
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8))
    if (offset + 12 + length > bytes.length) return undefined
    if (type === 'IDAT') data.push(bytes.subarray(offset + 8, offset + 8 + length))
    if (type === 'IEND') break
    offset += 12 + length
  }
  const stride = header.width * 4
  let filtered: Buffer
  try {
    // At most the image's own size: a small file that unpacks to gigabytes is refused, not unpacked.
    filtered = inflateSync(Buffer.concat(data), { maxOutputLength: (stride + 1) * header.height })
  } catch {
    return undefined
  }
  if (filtered.length !== (stride + 1) * header.height) return undefined
  return { width: header.width, height: header.height, rgba: unfilter(filtered, header.height, stride) }
}

/** How many pixels of a signature pad's PNG have any ink (are not fully transparent); undefined when it cannot be read. */
export function inkedPixels(bytes: Uint8Array): number | undefined {
  const pixels = decodePixels(bytes)
  if (!pixels) return undefined
  let inked = 0
  for (let alpha = 3; alpha < pixels.rgba.length; alpha += 4) if (pixels.rgba[alpha] !== 0) inked++
  return inked
}

/**
 * The signature drawn on white, as an RGB PNG with no transparency. pdfkit embeds a PNG with
 * an alpha channel by unpacking it asynchronously and numbering its mask when that finishes, so
 * two such images in one document could be numbered in either order and a reprint differ by
 * those bytes; an opaque PNG is embedded as it is, in order, every time.
 */
export function signatureOnWhite(bytes: Uint8Array): Buffer {
  const pixels = decodePixels(bytes)
  if (!pixels) throw new Error('The signature cannot be read as an image.')
  const { width, height, rgba } = pixels
  const rows = Buffer.alloc((width * 3 + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1)
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4
      const alpha = rgba[from + 3] ?? 0
      for (let channel = 0; channel < 3; channel++) {
        rows[row + 1 + x * 3 + channel] = Math.round(((rgba[from + channel] ?? 0) * alpha + 255 * (255 - alpha)) / 255)
      }
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([PNG_START, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const framed = Buffer.alloc(body.length + 8)
  framed.writeUInt32BE(data.length, 0)
  body.copy(framed, 4)
  framed.writeUInt32BE(crc32(body), body.length + 4)
  return framed
}

function unfilter(filtered: Buffer, height: number, stride: number): Uint8Array {
  const pixels = new Uint8Array(stride * height)
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1)
    const filter = filtered[start]
    const at = row * stride
    for (let index = 0; index < stride; index++) {
      const raw = filtered[start + 1 + index] ?? 0
      const left = index >= 4 ? (pixels[at + index - 4] ?? 0) : 0
      const up = row > 0 ? (pixels[at - stride + index] ?? 0) : 0
      const upLeft = row > 0 && index >= 4 ? (pixels[at - stride + index - 4] ?? 0) : 0
      pixels[at + index] = (raw + predictor(filter, left, up, upLeft)) & 0xff
    }
  }
  return pixels
}

function predictor(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4: {
      const estimate = left + up - upLeft
      const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)]
      if (toLeft <= toUp && toLeft <= toUpLeft) return left
      return toUp <= toUpLeft ? up : upLeft
    }
    default:
      return 0
  }
}

/** Main's check of both signatures, after the contract's: each has ink enough to be a signature. */
export const inkedSignaturesSchema = z.object({
  patientSignature: inkedSignature('consent.signature.client'),
  practitionerSignature: inkedSignature('consent.signature.practitioner')
})

function inkedSignature(signer: Signer) {
  return z.instanceof(Uint8Array).superRefine((bytes, context) => {
    const inked = inkedPixels(bytes)
    if (inked === undefined) context.addIssue({ code: 'custom', message: words('consent.signature.unreadable', { who: words(signer) }) })
    else if (inked < MIN_SIGNATURE_PIXELS) context.addIssue({ code: 'custom', message: words('consent.signature.empty', { who: words(signer) }) })
  })
}
