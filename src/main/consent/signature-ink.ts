import { inflateSync } from 'node:zlib'
import { z } from 'zod'
import { pngHeader } from '@shared/consent/signature-image'

/** Fewer drawn pixels than this is a tap or a slip on the pad, not a signature. */
export const MIN_SIGNATURE_PIXELS = 60

/**
 * How many pixels of a signature pad's PNG (8-bit RGBA, not interlaced: signatureImageProblem
 * has checked) have any ink, that is are not fully transparent. The image data is unpacked and
 * its rows unfiltered as the PNG specification says. Undefined for a PNG that cannot be read.
 */
export function inkedPixels(bytes: Uint8Array): number | undefined {
  const header = pngHeader(bytes)
  if (!header) return undefined
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
  let pixels: Buffer
  try {
    // At most the image's own size: a small file that unpacks to gigabytes is refused, not unpacked.
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: (stride + 1) * header.height })
  } catch {
    return undefined
  }
  if (pixels.length !== (stride + 1) * header.height) return undefined
  return countInk(pixels, header.height, stride)
}

function countInk(filtered: Buffer, height: number, stride: number): number {
  let previous = new Uint8Array(stride)
  let inked = 0
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1)
    const filter = filtered[start]
    const line = new Uint8Array(stride)
    for (let index = 0; index < stride; index++) {
      const raw = filtered[start + 1 + index] ?? 0
      const left = index >= 4 ? (line[index - 4] ?? 0) : 0
      const up = previous[index] ?? 0
      const upLeft = index >= 4 ? (previous[index - 4] ?? 0) : 0
      line[index] = (raw + predictor(filter, left, up, upLeft)) & 0xff
    }
    for (let alpha = 3; alpha < stride; alpha += 4) if (line[alpha] !== 0) inked++
    previous = line
  }
  return inked
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
  patientSignature: inkedSignature('The client'),
  practitionerSignature: inkedSignature('The practitioner')
})

function inkedSignature(who: string) {
  return z.instanceof(Uint8Array).superRefine((bytes, context) => {
    const inked = inkedPixels(bytes)
    if (inked === undefined) context.addIssue({ code: 'custom', message: `${who}’s signature could not be read as an image: clear it and sign again. Nothing was saved.` })
    else if (inked < MIN_SIGNATURE_PIXELS) context.addIssue({ code: 'custom', message: `${who} has not signed yet: the signature box is empty. Nothing was saved.` })
  })
}
